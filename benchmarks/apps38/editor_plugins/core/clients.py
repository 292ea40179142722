"""Provider client factories.

Clients are expensive-ish to build (httpx pools) and the editors call us
from many threads, so everything here is memoised.  Call :func:`reset_clients`
when the user edits their API keys.
"""
from __future__ import annotations

import threading
from functools import lru_cache
from typing import Callable, Dict

from anthropic import Anthropic
from groq import Groq
from mistralai import Mistral
from openai import AsyncOpenAI, OpenAI

from . import config

DEEPSEEK_BASE_URL = "https://api.deepseek.com"
# FIM (prefix/suffix completions) is only exposed on the beta endpoint.
DEEPSEEK_BETA_URL = "https://api.deepseek.com/beta"

_lock = threading.Lock()
_mistral_clients: Dict[str, Mistral] = {}


@lru_cache(maxsize=1)
def get_openai() -> OpenAI:
    s = config.current()
    return OpenAI(api_key=s.key_for("openai"), timeout=s.timeout, max_retries=1)


@lru_cache(maxsize=1)
def get_async_openai() -> AsyncOpenAI:
    s = config.current()
    return AsyncOpenAI(api_key=s.key_for("openai"), timeout=s.timeout)


@lru_cache(maxsize=1)
def get_anthropic() -> Anthropic:
    s = config.current()
    return Anthropic(api_key=s.key_for("anthropic"), timeout=s.timeout, max_retries=2)


def get_mistral(api_key: str = None) -> Mistral:
    """Codestral keys and La Plateforme keys differ, so cache per key."""
    key = api_key or config.current().key_for("codestral") or ""
    with _lock:
        client = _mistral_clients.get(key)
        if client is None:
            client = Mistral(api_key=key, timeout_ms=int(config.current().timeout * 1000))
            _mistral_clients[key] = client
        return client


@lru_cache(maxsize=1)
def get_groq() -> Groq:
    s = config.current()
    return Groq(api_key=s.key_for("groq"), timeout=s.timeout)


@lru_cache(maxsize=2)
def get_deepseek(beta: bool = False) -> OpenAI:
    s = config.current()
    return OpenAI(
        api_key=s.key_for("deepseek"),
        base_url=DEEPSEEK_BETA_URL if beta else DEEPSEEK_BASE_URL,
        timeout=s.timeout,
    )


_FACTORIES: Dict[str, Callable[[], object]] = {
    "openai": get_openai,
    "anthropic": get_anthropic,
    "mistral": get_mistral,
    "codestral": get_mistral,
    "groq": get_groq,
    "deepseek": get_deepseek,
}


def get_client(provider: str):
    try:
        factory = _FACTORIES[provider]
    except KeyError:
        raise ValueError("unknown provider %r (expected one of %s)" % (provider, sorted(_FACTORIES)))
    return factory()


def reset_clients() -> None:
    for fn in (get_openai, get_async_openai, get_anthropic, get_groq, get_deepseek):
        fn.cache_clear()
    with _lock:
        _mistral_clients.clear()
