"""Name -> async client getter, for plugins that let users pick a backend.

Half of the plugins still take clients through their constructor; new ones should
use `backend(name)` instead (see plugins/review.py).
"""
from __future__ import annotations

from services.clients import (
    get_async_anthropic_client,
    get_async_openai_client,
    get_async_perplexity_client,
    get_genai_client,
)

CHAT_BACKENDS = {
    "openai": get_async_openai_client,
    "anthropic": get_async_anthropic_client,
    "perplexity": get_async_perplexity_client,
    "google": get_genai_client,
}


def backend(name: str):
    try:
        return CHAT_BACKENDS[name]()
    except KeyError:
        raise ValueError(f"unknown backend {name!r}; choose from {sorted(CHAT_BACKENDS)}") from None
