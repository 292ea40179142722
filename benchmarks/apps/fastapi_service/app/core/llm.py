"""Lazily built LLM clients for code paths that should not pay the import cost at startup."""
from functools import cache, lru_cache

import anthropic
from groq import AsyncGroq
from openai import AsyncOpenAI

from app.core.config import settings

_anthropic_client = None


@lru_cache(maxsize=1)
def get_openai() -> AsyncOpenAI:
    return AsyncOpenAI(api_key=settings.openai_api_key, timeout=30)


@cache
def get_groq():
    return AsyncGroq(api_key=settings.groq_api_key)


def get_anthropic():
    global _anthropic_client
    if _anthropic_client is None:
        _anthropic_client = anthropic.AsyncAnthropic(api_key=settings.anthropic_api_key)
    return _anthropic_client


def get_llm():
    """litellm takes ~1s to import; only load it when a route needs it."""
    import litellm

    litellm.drop_params = True
    return litellm
