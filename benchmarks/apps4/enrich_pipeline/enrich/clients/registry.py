"""Lazily created, process-wide clients for code paths that do not get a Context.

Stages normally use ``ctx.<client>``; helpers that run outside a stage (fallbacks, one-off
maintenance commands) pick clients up from here instead.
"""
from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any, Callable, Dict

from enrich.clients import factories
from enrich.config import Settings

_lock = threading.Lock()
_instances: Dict[str, Any] = {}

_FACTORIES: Dict[str, Callable[[Settings], Any]] = {
    "voyage": factories.make_voyage_client,
    "together": factories.make_together_client,
    "openrouter": factories.make_openrouter_client,
    "fireworks": factories.make_fireworks_client,
    "cerebras": factories.make_cerebras_client,
    "gemini": factories.make_genai_client,
    "hf": factories.make_hf_client,
    "replicate": factories.make_replicate_client,
}


@lru_cache(maxsize=1)
def _settings() -> Settings:
    return Settings.from_env()


def get_client(name: str) -> Any:
    try:
        factory = _FACTORIES[name]
    except KeyError:
        raise KeyError(f"unknown client {name!r}; known: {sorted(_FACTORIES)}") from None
    with _lock:
        if name not in _instances:
            _instances[name] = factory(_settings())
        return _instances[name]


@lru_cache(maxsize=1)
def get_openrouter():
    return factories.make_openrouter_client(_settings())


@lru_cache(maxsize=4)
def get_watsonx_chat_model(model_id: str = "meta-llama/llama-3-3-70b-instruct"):
    return factories.make_granite_model(_settings(), model_id=model_id)


def reset() -> None:
    """Drop cached clients (used by tests and after key rotation)."""
    with _lock:
        _instances.clear()
    get_openrouter.cache_clear()
    get_watsonx_chat_model.cache_clear()
    _settings.cache_clear()
