"""Backend registry: one module per vendor."""

from __future__ import annotations

from termpal.backends.anthropic_backend import AnthropicBackend
from termpal.backends.base import Backend, BackendError, Message, Reply
from termpal.backends.google_backend import GoogleBackend
from termpal.backends.groq_backend import GroqBackend, GroqCompatBackend
from termpal.backends.mistral_backend import MistralBackend
from termpal.backends.ollama_backend import OllamaBackend
from termpal.backends.openai_backend import OpenAIBackend
from termpal.config import Settings

BACKENDS: dict[str, type[Backend]] = {
    "openai": OpenAIBackend,
    "anthropic": AnthropicBackend,
    "google": GoogleBackend,
    "mistral": MistralBackend,
    "groq": GroqBackend,
    "ollama": OllamaBackend,
}


def create_backend(name: str, settings: Settings) -> Backend:
    common = {"temperature": settings.temperature, "max_tokens": settings.max_tokens}
    model = settings.model_for(name)
    if name == "groq":
        cls = GroqCompatBackend if settings.groq_openai_compat else GroqBackend
        return cls(model, api_key=settings.groq_api_key, **common)
    if name == "mistral":
        return MistralBackend(model, api_key=settings.mistral_api_key, **common)
    if name == "ollama":
        return OllamaBackend(model, host=settings.ollama_host, **common)
    return BACKENDS[name](model, **common)


def build_registry(settings: Settings) -> dict[str, Backend]:
    """Instantiate every backend that has credentials configured."""
    return {name: create_backend(name, settings) for name in BACKENDS if settings.has_key(name)}


__all__ = [
    "BACKENDS",
    "Backend",
    "BackendError",
    "Message",
    "Reply",
    "build_registry",
    "create_backend",
]
