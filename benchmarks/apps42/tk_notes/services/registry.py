"""Provider registry keyed by the provider name stored in settings.json."""
from __future__ import annotations

import threading
from typing import Callable

from app.config import Settings, get_settings
from services.providers import (
    AnthropicProvider,
    ChatProvider,
    GeminiProvider,
    MistralProvider,
    OllamaProvider,
    OpenAIProvider,
)

PROVIDERS: dict[str, type[ChatProvider]] = {
    "openai": OpenAIProvider,
    "anthropic": AnthropicProvider,
    "mistral": MistralProvider,
    "ollama": OllamaProvider,
    "gemini": GeminiProvider,
}

_instances: dict[tuple[str, str], ChatProvider] = {}
_lock = threading.Lock()


def register(name: str) -> Callable[[type[ChatProvider]], type[ChatProvider]]:
    def deco(cls):
        PROVIDERS[name] = cls
        return cls

    return deco


def available_providers() -> list[str]:
    return sorted(PROVIDERS)


def get_provider(name: str | None = None, settings: Settings | None = None) -> ChatProvider:
    settings = settings or get_settings()
    name = name or settings.provider
    model = settings.model_for(name)
    key = (name, model)
    with _lock:
        if key not in _instances:
            cls = PROVIDERS[name]
            kwargs = {"temperature": settings.temperature, "max_tokens": settings.max_tokens}
            if name == "ollama":
                kwargs["host"] = settings.ollama_host
            _instances[key] = cls(model, **kwargs)
        return _instances[key]


def clear() -> None:
    with _lock:
        _instances.clear()
