"""Process-wide client getters.

This predates the lifespan context in ``lifespan.py``.  The services package,
the MCP resources and the CLI still use it; tools written since the 0.7
refactor take their clients from ``AppContext`` instead.
"""
import threading
from functools import lru_cache

import anthropic
import cohere
import openai

from helix_mcp.config import get_settings

PPLX_BASE_URL = "https://api.perplexity.ai"

_lock = threading.Lock()
_cohere_client = None


def _key(secret):
    return secret.get_secret_value() if secret is not None else None


@lru_cache(maxsize=None)
def get_openai() -> openai.OpenAI:
    s = get_settings()
    return openai.OpenAI(api_key=_key(s.openai_api_key), timeout=s.request_timeout, max_retries=s.max_retries)


@lru_cache(maxsize=None)
def get_async_openai() -> openai.AsyncOpenAI:
    s = get_settings()
    return openai.AsyncOpenAI(api_key=_key(s.openai_api_key), timeout=s.request_timeout)


@lru_cache(maxsize=None)
def get_anthropic() -> anthropic.Anthropic:
    s = get_settings()
    return anthropic.Anthropic(api_key=_key(s.anthropic_api_key), max_retries=s.max_retries)


@lru_cache(maxsize=None)
def get_perplexity() -> openai.OpenAI:
    s = get_settings()
    return openai.OpenAI(api_key=_key(s.perplexity_api_key), base_url=PPLX_BASE_URL, timeout=s.request_timeout)


def get_cohere() -> cohere.ClientV2:
    # cohere's client owns a thread pool; make sure we only ever create one.
    global _cohere_client
    with _lock:
        if _cohere_client is None:
            _cohere_client = cohere.ClientV2(api_key=_key(get_settings().cohere_api_key))
        return _cohere_client


def reset_clients() -> None:
    """Drop cached clients (tests, and after rotating keys in the admin shell)."""
    global _cohere_client
    for getter in (get_openai, get_async_openai, get_anthropic, get_perplexity):
        getter.cache_clear()
    with _lock:
        _cohere_client = None
