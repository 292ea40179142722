"""Per-request LLM handles on ``flask.g``.

Two styles grew here:
  * ``before_request`` puts the Anthropic and Gemini clients on ``g`` for
    every request under the blueprints that need them;
  * the ``get_*()`` helpers lazily resolve a client the first time a
    request asks for it and cache it on ``g`` for the rest of the request.
"""
from flask import current_app, g, request

from app.extensions import EXTENSION_KEY

# blueprints that use g.anthropic / g.gemini directly
_EAGER_BLUEPRINTS = {"tickets", "candidates", "policies"}


def _clients():
    return current_app.extensions[EXTENSION_KEY]


def register_request_hooks(app):
    @app.before_request
    def attach_llm_clients():
        if request.blueprint not in _EAGER_BLUEPRINTS:
            return
        clients = _clients()
        g.anthropic = clients.anthropic
        g.gemini = clients.gemini
        g.llm_feature = request.endpoint or "unknown"

    @app.teardown_request
    def drop_llm_clients(exc=None):
        for name in ("anthropic", "gemini", "openai_client", "groq_client", "mistral_client"):
            g.pop(name, None)


def get_openai():
    if "openai_client" not in g:
        g.openai_client = _clients().openai
    return g.openai_client


def get_anthropic():
    if "anthropic" not in g:
        g.anthropic = _clients().anthropic
    return g.anthropic


def get_gemini():
    if "gemini" not in g:
        g.gemini = _clients().gemini
    return g.gemini


def get_groq():
    if "groq_client" not in g:
        g.groq_client = _clients().groq
    return g.groq_client


def get_mistral():
    if "mistral_client" not in g:
        g.mistral_client = _clients().mistral
    return g.mistral_client


def get_openrouter():
    return _clients().openrouter


def get_client_factory():
    return current_app.config["LLM_CLIENT_FACTORY"]
