"""Client factories. Every API's ``setup()`` goes through these so keys/timeouts live in one place."""
from __future__ import annotations

import logging
from functools import lru_cache

import anthropic
import cohere
from cerebras.cloud.sdk import AsyncCerebras, Cerebras
from mistralai import Mistral
from openai import AsyncOpenAI, OpenAI

from config import get_settings

log = logging.getLogger(__name__)


def _secret(value):
    return value.get_secret_value() if value is not None else None


@lru_cache(maxsize=None)
def get_openai_client() -> OpenAI:
    s = get_settings()
    return OpenAI(api_key=_secret(s.keys.openai_api_key), timeout=s.request_timeout, max_retries=2)


@lru_cache(maxsize=None)
def get_async_openai_client() -> AsyncOpenAI:
    s = get_settings()
    return AsyncOpenAI(api_key=_secret(s.keys.openai_api_key), timeout=s.request_timeout)


@lru_cache(maxsize=None)
def get_anthropic_client() -> anthropic.Anthropic:
    s = get_settings()
    return anthropic.Anthropic(api_key=_secret(s.keys.anthropic_api_key), timeout=s.request_timeout)


def make_async_anthropic() -> anthropic.AsyncAnthropic:
    # not cached: each streaming worker gets its own connection pool
    s = get_settings()
    return anthropic.AsyncAnthropic(api_key=_secret(s.keys.anthropic_api_key))


@lru_cache(maxsize=None)
def get_cohere_client() -> cohere.ClientV2:
    s = get_settings()
    return cohere.ClientV2(api_key=_secret(s.keys.cohere_api_key), timeout=s.request_timeout)


@lru_cache(maxsize=None)
def get_mistral_client() -> Mistral:
    s = get_settings()
    return Mistral(api_key=_secret(s.keys.mistral_api_key))


@lru_cache(maxsize=None)
def get_cerebras_client() -> Cerebras:
    s = get_settings()
    return Cerebras(api_key=_secret(s.keys.cerebras_api_key))


def get_async_cerebras_client() -> AsyncCerebras:
    s = get_settings()
    return AsyncCerebras(api_key=_secret(s.keys.cerebras_api_key))


def warm_clients() -> None:
    """Instantiate everything once at startup so bad keys fail fast."""
    for factory in (get_openai_client, get_anthropic_client, get_cohere_client, get_mistral_client):
        try:
            factory()
        except Exception:  # pragma: no cover - logging only
            log.exception("could not construct client via %s", factory.__name__)


@lru_cache(maxsize=None)
def get_cerebras_openai_compat() -> OpenAI:
    """Cerebras through the OpenAI SDK - the eval harness uses this so it can reuse openai-only tooling."""
    s = get_settings()
    return OpenAI(base_url=s.cerebras_base_url, api_key=_secret(s.keys.cerebras_api_key))


def describe_clients() -> dict[str, str]:
    """For /healthz: which providers have keys configured (never returns the keys)."""
    keys = get_settings().keys
    return {
        name: ("configured" if getattr(keys, f"{name}_api_key") is not None else "missing")
        for name in ("openai", "anthropic", "cohere", "mistral", "cerebras")
    }
