"""Client factories.

Every SDK client the bot uses is built here so that keys/base URLs live in one place.
Getters are cached: the clients hold connection pools and are safe to share.
"""
from __future__ import annotations

import os
from functools import lru_cache

import anthropic
from openai import AsyncOpenAI, OpenAI

TOGETHER_BASE_URL = "https://api.together.xyz/v1"
OPENROUTER_BASE_URL = "https://openrouter.ai/api/v1"

_OPENROUTER_HEADERS = {
    "HTTP-Referer": "https://github.com/example/matrix-llm-bot",
    "X-Title": "matrix-llm-bot",
}


@lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    return OpenAI(api_key=os.environ.get("OPENAI_API_KEY"), max_retries=2, timeout=60)


@lru_cache(maxsize=1)
def get_async_openai() -> AsyncOpenAI:
    return AsyncOpenAI(api_key=os.environ.get("OPENAI_API_KEY"), max_retries=2, timeout=60)


@lru_cache(maxsize=1)
def get_anthropic() -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key=os.environ.get("ANTHROPIC_API_KEY"))


@lru_cache(maxsize=1)
def get_sync_anthropic() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=os.environ.get("ANTHROPIC_API_KEY"))


@lru_cache(maxsize=1)
def get_together_client() -> AsyncOpenAI:
    """Together exposes an OpenAI compatible endpoint, no need for their SDK."""
    return AsyncOpenAI(
        api_key=os.environ.get("TOGETHER_API_KEY"),
        base_url=TOGETHER_BASE_URL,
    )


@lru_cache(maxsize=1)
def get_openrouter_client() -> AsyncOpenAI:
    return AsyncOpenAI(
        api_key=os.environ.get("OPENROUTER_API_KEY"),
        base_url=OPENROUTER_BASE_URL,
        default_headers=_OPENROUTER_HEADERS,
    )


def make_clients(config) -> dict:
    """Build the per-bot client set from an explicit config (keys may differ from env)."""
    clients = {
        "openai": AsyncOpenAI(api_key=config.openai_api_key or None),
        "anthropic": anthropic.AsyncAnthropic(api_key=config.anthropic_api_key or None),
    }
    if config.together_api_key:
        clients["together"] = AsyncOpenAI(api_key=config.together_api_key, base_url=TOGETHER_BASE_URL)
    if config.openrouter_api_key:
        clients["openrouter"] = AsyncOpenAI(
            api_key=config.openrouter_api_key,
            base_url=OPENROUTER_BASE_URL,
            default_headers=_OPENROUTER_HEADERS,
        )
    return clients
