"""Maps provider names (as typed in ``%provider NAME``) to backend instances."""
from __future__ import annotations

from typing import Callable

from ..config import KernelSettings
from .anthropic_backend import AnthropicBackend
from .base import Backend
from .google_backend import GoogleBackend
from .mistral_backend import MistralBackend
from .ollama_backend import OllamaBackend
from .openai_backend import OpenAIBackend

BackendFactory = Callable[..., Backend]

_FACTORIES: dict[str, BackendFactory] = {
    "openai": OpenAIBackend,
    "anthropic": AnthropicBackend,
    "claude": AnthropicBackend,
    "google": GoogleBackend,
    "gemini": GoogleBackend,
    "mistral": MistralBackend,
    "ollama": OllamaBackend,
}

ALIASES = {"claude": "anthropic", "gemini": "google"}


class BackendRegistry:
    def __init__(self, settings: KernelSettings):
        self.settings = settings
        self._instances: dict[tuple[str, str], Backend] = {}

    def canonical(self, name: str) -> str:
        name = name.strip().lower()
        return ALIASES.get(name, name)

    def get(self, provider: str | None = None, model: str | None = None) -> Backend:
        provider = self.canonical(provider or self.settings.provider)
        if provider not in _FACTORIES:
            raise KeyError(f"unknown provider {provider!r}; try one of {', '.join(available_providers())}")
        model = model or self.settings.model_for(provider)
        key = (provider, model)
        if key not in self._instances:
            self._instances[key] = _FACTORIES[provider](
                model,
                temperature=self.settings.temperature,
                max_tokens=self.settings.max_tokens,
            )
        return self._instances[key]

    def clear(self) -> None:
        self._instances.clear()


def register(name: str, factory: BackendFactory) -> None:
    _FACTORIES[name] = factory


def available_providers() -> list[str]:
    return sorted(k for k in _FACTORIES if k not in ALIASES)
