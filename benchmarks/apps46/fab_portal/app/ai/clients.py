"""Client factories for every model provider the portal talks to.

`init_ai_clients` is called from the app factory and stores the clients in
``app.extensions["ai"]``.  Code running outside a request (RQ workers,
scripts) should use the ``get_*`` helpers which cache per process.
"""
import functools
import logging
import os

import anthropic
import cohere
from flask import current_app
from google import genai
from mistralai import Mistral
from openai import AzureOpenAI, OpenAI

log = logging.getLogger(__name__)


def _cfg(key, default=None):
    try:
        return current_app.config.get(key, default)
    except RuntimeError:
        # outside app context (rq worker bootstrap, scripts)
        return os.environ.get(key, default)


def make_openai_client(config=None):
    config = config or {}
    if config.get("AI_USE_AZURE"):
        return AzureOpenAI(
            azure_endpoint=config["AZURE_OPENAI_ENDPOINT"],
            api_key=config["AZURE_OPENAI_API_KEY"],
            api_version=config.get("AZURE_OPENAI_API_VERSION", "2024-10-21"),
        )
    return OpenAI(
        api_key=config.get("OPENAI_API_KEY"),
        organization=config.get("OPENAI_ORG_ID"),
        timeout=config.get("AI_REQUEST_TIMEOUT", 60),
        max_retries=2,
    )


def make_anthropic_client(config=None):
    config = config or {}
    return anthropic.Anthropic(
        api_key=config.get("ANTHROPIC_API_KEY"),
        timeout=config.get("AI_REQUEST_TIMEOUT", 60),
    )


def init_ai_clients(app):
    cfg = app.config
    clients = {
        "openai": make_openai_client(cfg),
        "anthropic": make_anthropic_client(cfg),
        "gemini": genai.Client(api_key=cfg.get("GEMINI_API_KEY")),
        "cohere": cohere.ClientV2(api_key=cfg.get("COHERE_API_KEY")),
        "mistral": Mistral(api_key=cfg.get("MISTRAL_API_KEY")),
    }
    app.extensions["ai"] = clients
    log.info("AI clients initialised: %s", ", ".join(sorted(clients)))
    return clients


def ai_client(name):
    """Return the shared client registered on the current app."""
    return current_app.extensions["ai"][name]


@functools.lru_cache(maxsize=None)
def get_openai_client():
    return make_openai_client(
        {
            "OPENAI_API_KEY": _cfg("OPENAI_API_KEY"),
            "OPENAI_ORG_ID": _cfg("OPENAI_ORG_ID"),
        }
    )


@functools.lru_cache(maxsize=None)
def get_anthropic_client():
    return anthropic.Anthropic(api_key=_cfg("ANTHROPIC_API_KEY"))


@functools.lru_cache(maxsize=None)
def get_async_anthropic_client():
    return anthropic.AsyncAnthropic(api_key=_cfg("ANTHROPIC_API_KEY"))


@functools.lru_cache(maxsize=None)
def get_gemini_client():
    return genai.Client(api_key=_cfg("GEMINI_API_KEY"))


@functools.lru_cache(maxsize=None)
def get_cohere_client():
    return cohere.ClientV2(api_key=_cfg("COHERE_API_KEY"))


@functools.lru_cache(maxsize=None)
def get_cohere_v1_client():
    # classify is only on the v1 client
    return cohere.Client(api_key=_cfg("COHERE_API_KEY"))


@functools.lru_cache(maxsize=None)
def get_mistral_client():
    return Mistral(api_key=_cfg("MISTRAL_API_KEY"))
