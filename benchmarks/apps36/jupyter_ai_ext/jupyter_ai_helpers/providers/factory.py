"""Client factories.

Every SDK client in the extension is built here so that API keys, base URLs
and timeouts are configured in one place.  Which factory runs is selected by
the ``AIHelpersApp.default_provider`` trait (server side) or by
``JUPYTER_AI_HELPERS_PROVIDER`` (kernel side).
"""
from __future__ import annotations

import functools
import logging
import os
from typing import Any, Callable, Dict, Optional

import anthropic
import ollama
import openai
from google import genai

from .. import config as cfg

log = logging.getLogger(__name__)

_TIMEOUT = float(os.environ.get("JUPYTER_AI_HELPERS_TIMEOUT", "60"))


def make_openai_client(api_key: Optional[str] = None, async_: bool = False):
    kwargs = {"api_key": api_key or os.environ.get("OPENAI_API_KEY"), "timeout": _TIMEOUT}
    if async_:
        return openai.AsyncOpenAI(**kwargs)
    return openai.OpenAI(**kwargs)


def make_anthropic_client(api_key: Optional[str] = None, async_: bool = False):
    key = api_key or os.environ.get("ANTHROPIC_API_KEY")
    if async_:
        return anthropic.AsyncAnthropic(api_key=key, timeout=_TIMEOUT, max_retries=3)
    return anthropic.Anthropic(api_key=key, timeout=_TIMEOUT, max_retries=3)


def make_google_client(api_key: Optional[str] = None) -> genai.Client:
    return genai.Client(api_key=api_key or os.environ.get("GOOGLE_API_KEY"))


def make_ollama_client(host: Optional[str] = None, async_: bool = False):
    host = host or cfg.OLLAMA_HOST
    if async_:
        return ollama.AsyncClient(host=host)
    return ollama.Client(host=host)


def make_openrouter_client(api_key: Optional[str] = None, async_: bool = True):
    kwargs = dict(
        base_url=cfg.OPENROUTER_BASE_URL,
        api_key=api_key or os.environ.get("OPENROUTER_API_KEY"),
        default_headers=cfg.OPENROUTER_HEADERS,
        timeout=_TIMEOUT,
    )
    return openai.AsyncOpenAI(**kwargs) if async_ else openai.OpenAI(**kwargs)


@functools.lru_cache(maxsize=None)
def get_openrouter_client():
    """Sync OpenRouter client, cached for the kernel process."""
    return make_openrouter_client(async_=False)


_SYNC_FACTORIES: Dict[str, Callable[[], Any]] = {
    "openai": lambda: make_openai_client(),
    "anthropic": lambda: make_anthropic_client(),
    "google": lambda: make_google_client(),
    "ollama": lambda: make_ollama_client(),
    "openrouter": get_openrouter_client,
}


@functools.lru_cache(maxsize=8)
def get_client(provider: str):
    """Cached *sync* client for ``provider`` (used by the magics and scripts)."""
    try:
        factory = _SYNC_FACTORIES[provider]
    except KeyError:
        raise ValueError(f"unknown provider {provider!r}") from None
    log.debug("creating %s client", provider)
    return factory()


def build_clients(
    openai_api_key=None,
    anthropic_api_key=None,
    google_api_key=None,
    openrouter_api_key=None,
    ollama_host=None,
) -> Dict[str, Any]:
    """Async clients for the server, keyed by provider name."""
    clients: Dict[str, Any] = {
        "openai": make_openai_client(openai_api_key, async_=True),
        "anthropic": make_anthropic_client(anthropic_api_key, async_=True),
        "ollama": make_ollama_client(ollama_host, async_=True),
        "openrouter": make_openrouter_client(openrouter_api_key, async_=True),
    }
    if google_api_key or os.environ.get("GOOGLE_API_KEY"):
        clients["google"] = make_google_client(google_api_key)
    else:
        log.info("no Google API key configured, Gemini disabled")
    return clients
