"""Factories for the vendor SDK clients.

Everything that needs a raw client should go through these getters (or the
container bindings registered by AIServiceProvider) so we only build one
HTTP connection pool per process.
"""
from functools import lru_cache

from anthropic import Anthropic, AsyncAnthropic
from masonite.configuration import config
from mistralai import Mistral
from openai import AsyncOpenAI, OpenAI


@lru_cache(maxsize=1)
def get_openai() -> OpenAI:
    settings = config("ai.openai")
    return OpenAI(
        api_key=settings["key"],
        organization=settings.get("organization"),
        timeout=settings.get("timeout", 30),
        max_retries=2,
    )


@lru_cache(maxsize=1)
def get_async_openai() -> AsyncOpenAI:
    settings = config("ai.openai")
    return AsyncOpenAI(api_key=settings["key"], organization=settings.get("organization"))


@lru_cache(maxsize=1)
def get_anthropic() -> Anthropic:
    return Anthropic(api_key=config("ai.anthropic.key"), max_retries=3)


@lru_cache(maxsize=1)
def get_async_anthropic() -> AsyncAnthropic:
    return AsyncAnthropic(api_key=config("ai.anthropic.key"))


@lru_cache(maxsize=1)
def get_mistral() -> Mistral:
    return Mistral(api_key=config("ai.mistral.key"))


@lru_cache(maxsize=1)
def get_deepseek() -> OpenAI:
    """DeepSeek speaks the OpenAI protocol; we reuse the SDK with their base URL."""
    settings = config("ai.deepseek")
    return OpenAI(api_key=settings["key"], base_url=settings["base_url"])


def reset_clients():
    """Used by tests that swap keys between cases."""
    for getter in (
        get_openai,
        get_async_openai,
        get_anthropic,
        get_async_anthropic,
        get_mistral,
        get_deepseek,
    ):
        getter.cache_clear()
