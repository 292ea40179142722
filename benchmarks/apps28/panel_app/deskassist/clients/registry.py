"""Session-independent client registry backed by ``pn.state.cache``.

Clients are expensive-ish to build (httpx pools, boto sessions) and are safe to
share between Bokeh sessions, so they live in the process-wide Panel cache.
"""
from __future__ import annotations

from typing import Any, Callable

import panel as pn

from deskassist.clients.vendors import make_anthropic_client
from deskassist.clients.bedrock_client import make_bedrock_runtime
from deskassist.clients.vendors import get_cohere
from deskassist.clients.google_client import get_genai_client
from deskassist.clients.vendors import make_mistral_client
from deskassist.clients.openai_client import (
    make_async_openai_client,
    make_async_perplexity_client,
    make_openai_client,
    make_perplexity_client,
)

FACTORIES: dict[str, Callable[[], Any]] = {
    "openai": make_openai_client,
    "openai-async": make_async_openai_client,
    "anthropic": make_anthropic_client,
    "gemini": get_genai_client,
    "mistral": make_mistral_client,
    "cohere": get_cohere,
    "perplexity": make_perplexity_client,
    "perplexity-async": make_async_perplexity_client,
    "bedrock": make_bedrock_runtime,
}


def get_client(name: str) -> Any:
    """Return the shared client for ``name`` (built on first use)."""
    try:
        factory = FACTORIES[name]
    except KeyError:
        raise ValueError(f"unknown provider {name!r}; known: {sorted(FACTORIES)}") from None
    return pn.state.as_cached(f"llm-client:{name}", factory)


def warm_cache(names: list[str] | None = None) -> None:
    for name in names or list(FACTORIES):
        pn.state.cache[f"llm-client:{name}"] = FACTORIES[name]()


def clear_clients() -> None:
    for key in [k for k in pn.state.cache if str(k).startswith("llm-client:")]:
        pn.state.cache.pop(key, None)
