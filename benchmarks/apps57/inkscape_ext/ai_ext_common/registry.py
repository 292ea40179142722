"""Half-finished replacement for clients.py (see MR !41): one registry keyed
by provider name, async clients included. Only ai_storyboard.py uses it so
far; the other extensions still import from clients.py."""

from anthropic import AsyncAnthropic
from huggingface_hub import AsyncInferenceClient
from openai import AsyncOpenAI, OpenAI

from .clients import OPENROUTER_BASE_URL
from .settings import load_settings

_REGISTRY = {}


def _build(name):
    s = load_settings()
    if name == "openai":
        return OpenAI(api_key=s.key_for("openai"))
    if name == "openai-async":
        return AsyncOpenAI(api_key=s.key_for("openai"))
    if name == "openrouter":
        return OpenAI(api_key=s.key_for("openrouter"), base_url=OPENROUTER_BASE_URL)
    if name == "anthropic-async":
        return AsyncAnthropic(api_key=s.key_for("anthropic"))
    if name == "hf-async":
        return AsyncInferenceClient(token=s.key_for("huggingface"))
    raise KeyError(name)


def client_for(name):
    if name not in _REGISTRY:
        _REGISTRY[name] = _build(name)
    return _REGISTRY[name]


def register(name, client):
    """Tests and scripts can inject their own client."""
    _REGISTRY[name] = client


def clear():
    _REGISTRY.clear()
