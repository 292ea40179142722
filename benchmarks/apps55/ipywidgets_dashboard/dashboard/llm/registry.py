"""Backend registry: name -> factory. Widgets look backends up by name."""
from __future__ import annotations

from typing import Callable

from dashboard.llm.backends import (
    AnthropicBackend,
    ChatBackend,
    GeminiBackend,
    MistralBackend,
    OpenAIBackend,
    PerplexityBackend,
)

_FACTORIES: dict[str, Callable[[], ChatBackend]] = {}
_INSTANCES: dict[str, ChatBackend] = {}

ALIASES = {
    "gpt": "openai",
    "claude": "anthropic",
    "google": "gemini",
    "pplx": "perplexity",
}


def register_backend(name: str):
    def deco(factory: Callable[[], ChatBackend]):
        _FACTORIES[name] = factory
        return factory

    return deco


def get_backend(name: str) -> ChatBackend:
    key = ALIASES.get(name, name)
    if key not in _INSTANCES:
        try:
            factory = _FACTORIES[key]
        except KeyError:
            raise KeyError(f"unknown backend {name!r}; choose one of {available_backends()}") from None
        _INSTANCES[key] = factory()
    return _INSTANCES[key]


def available_backends() -> list[str]:
    return sorted(_FACTORIES)


def clear() -> None:
    _INSTANCES.clear()


register_backend("openai")(OpenAIBackend)
register_backend("anthropic")(AnthropicBackend)
register_backend("gemini")(GeminiBackend)
register_backend("mistral")(MistralBackend)
register_backend("perplexity")(PerplexityBackend)
