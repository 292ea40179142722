"""Provider clients.

Functions are short-lived, but a warm container reuses module state, so every
client is built once per container through a cached getter.
"""
from functools import lru_cache

from anthropic import Anthropic, AsyncAnthropic
from mistralai import Mistral
from openai import AsyncOpenAI, OpenAI

from lib.config import settings

TOGETHER_BASE_URL = "https://api.together.xyz/v1"
OPENROUTER_BASE_URL = "https://openrouter.ai/api/v1"

# Vercel functions time out at 60s on our plan; leave headroom for streaming.
DEFAULT_TIMEOUT = 45.0


@lru_cache(maxsize=1)
def get_openai() -> OpenAI:
    return OpenAI(api_key=settings.openai_api_key, timeout=DEFAULT_TIMEOUT, max_retries=2)


@lru_cache(maxsize=1)
def get_async_openai() -> AsyncOpenAI:
    return AsyncOpenAI(api_key=settings.openai_api_key, timeout=DEFAULT_TIMEOUT)


@lru_cache(maxsize=1)
def get_anthropic() -> Anthropic:
    return Anthropic(api_key=settings.anthropic_api_key, timeout=DEFAULT_TIMEOUT, max_retries=2)


@lru_cache(maxsize=1)
def get_async_anthropic() -> AsyncAnthropic:
    return AsyncAnthropic(api_key=settings.anthropic_api_key, timeout=DEFAULT_TIMEOUT)


@lru_cache(maxsize=1)
def get_together() -> OpenAI:
    return OpenAI(api_key=settings.together_api_key, base_url=TOGETHER_BASE_URL, timeout=DEFAULT_TIMEOUT)


def _openrouter_headers() -> dict[str, str]:
    # OpenRouter uses these for attribution on their leaderboard.
    return {"HTTP-Referer": settings.app_url, "X-Title": "Scribe"}


@lru_cache(maxsize=1)
def get_openrouter() -> OpenAI:
    return OpenAI(
        api_key=settings.openrouter_api_key,
        base_url=OPENROUTER_BASE_URL,
        default_headers=_openrouter_headers(),
        timeout=DEFAULT_TIMEOUT,
    )


@lru_cache(maxsize=1)
def get_async_openrouter() -> AsyncOpenAI:
    return AsyncOpenAI(
        api_key=settings.openrouter_api_key,
        base_url=OPENROUTER_BASE_URL,
        default_headers=_openrouter_headers(),
    )


@lru_cache(maxsize=1)
def get_mistral() -> Mistral:
    return Mistral(api_key=settings.mistral_api_key, timeout_ms=int(DEFAULT_TIMEOUT * 1000))


def reset_clients() -> None:
    """Used by tests to drop cached clients after monkeypatching env."""
    for getter in (
        get_openai,
        get_async_openai,
        get_anthropic,
        get_async_anthropic,
        get_together,
        get_openrouter,
        get_async_openrouter,
        get_mistral,
    ):
        getter.cache_clear()
