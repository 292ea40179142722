"""Model clients.

Import the getters (``get_anthropic()``, ``get_openai()``...) or use the lazily-built module
attributes ``anthropic_client``, ``openai_client``, ``local_async_client`` and
``perplexity_async_client`` -- these are created on first access so that importing
``bot.llm`` never needs API keys.
"""
from typing import Any

from .clients import (
    check_credentials,
    get_anthropic,
    get_async_anthropic,
    get_async_openai,
    get_openai,
    reset_clients,
)
from .perplexity import get_async_perplexity, get_perplexity

__all__ = [
    "anthropic_client",
    "openai_client",
    "local_async_client",
    "perplexity_async_client",
    "check_credentials",
    "get_anthropic",
    "get_async_anthropic",
    "get_async_openai",
    "get_openai",
    "get_async_perplexity",
    "get_perplexity",
    "reset_clients",
]

_LAZY = {
    "anthropic_client": get_anthropic,
    "openai_client": get_openai,
    "perplexity_async_client": get_async_perplexity,
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return _LAZY[name]()
    if name == "local_async_client":
        from .local import get_local_async_client

        return get_local_async_client()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(__all__))
