"""Backend registry: the `backend` settable picks one of these by name."""
from __future__ import annotations

from typing import Callable

from querysh.backends.anthropic_backend import AnthropicBackend
from querysh.backends.base import Backend, BackendError
from querysh.backends.cohere_backend import CohereBackend, make_cohere_client
from querysh.backends.gemini_backend import GeminiBackend, get_gemini_client
from querysh.backends.openai_backend import OpenAIBackend, get_openai_client
from querysh.backends.perplexity_backend import PerplexityBackend, perplexity_client
from querysh.config import Settings

BACKENDS: dict[str, Callable[[Settings], Backend]] = {
    "openai": OpenAIBackend,
    "anthropic": AnthropicBackend,
    "gemini": GeminiBackend,
    "cohere": CohereBackend,
    "perplexity": PerplexityBackend,
}


def get_backend(name: str, settings: Settings) -> Backend:
    try:
        factory = BACKENDS[name]
    except KeyError:
        raise BackendError(f"unknown backend {name!r}; choose from {', '.join(BACKENDS)}") from None
    return factory(settings)


def build_clients(settings: Settings) -> dict[str, object]:
    """Raw SDK clients for commands that need provider-specific features."""
    import anthropic

    return {
        "openai": get_openai_client(settings.key_for("openai")),
        "anthropic": anthropic.Anthropic(api_key=settings.key_for("anthropic")),
        "gemini": get_gemini_client(settings.key_for("gemini")),
        "cohere": make_cohere_client(settings.key_for("cohere")),
        "perplexity": perplexity_client(settings.key_for("perplexity")),
    }
