"""Provider layer: client factories and thin provider wrappers."""
from .factory import (
    build_clients,
    get_client,
    get_openrouter_client,
    make_anthropic_client,
    make_google_client,
    make_ollama_client,
    make_openai_client,
)
from .registry import PROVIDERS, get_provider, register_provider

__all__ = [
    "PROVIDERS",
    "build_clients",
    "get_client",
    "get_openrouter_client",
    "get_provider",
    "make_anthropic_client",
    "make_google_client",
    "make_ollama_client",
    "make_openai_client",
    "register_provider",
]
