"""Backend registry: maps a user-facing backend name to a lazily-built backend."""
from __future__ import annotations

import logging
import threading
from typing import Callable

from tray import settings
from tray.llm import clients
from tray.llm.backends import (
    AnthropicBackend,
    Backend,
    EchoBackend,
    GeminiBackend,
    GrokBackend,
    HuggingFaceBackend,
    OpenAIBackend,
)

log = logging.getLogger(__name__)

_factories: dict[str, Callable[[], Backend]] = {}
_instances: dict[str, Backend] = {}
_lock = threading.Lock()


def register_backend(name: str, factory: Callable[[], Backend]) -> None:
    _factories[name] = factory
    _instances.pop(name, None)


def get_backend(name: str | None = None) -> Backend:
    name = name or settings.load().default_backend
    with _lock:
        if name not in _instances:
            try:
                factory = _factories[name]
            except KeyError:
                log.warning("unknown backend %r, using echo", name)
                return EchoBackend()
            _instances[name] = factory()
        return _instances[name]


def available() -> list[str]:
    return sorted(_factories)


def clear() -> None:
    with _lock:
        _instances.clear()


def register_defaults() -> None:
    models = settings.load().models
    register_backend("openai", lambda: OpenAIBackend(clients.make_openai_client(), models.chat))
    register_backend("claude", lambda: AnthropicBackend(clients.get_anthropic(), models.claude))
    register_backend("gemini", lambda: GeminiBackend(clients.get_genai_client(), models.gemini))
    register_backend("grok", lambda: GrokBackend(clients.get_xai_client(), models.grok))
    register_backend("hf", lambda: HuggingFaceBackend(clients.get_hf_client(), models.hf_chat))
    register_backend("echo", EchoBackend)
