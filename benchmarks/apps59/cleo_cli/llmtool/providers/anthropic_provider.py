from __future__ import annotations

from functools import cache

import anthropic

from llmtool.config import Settings, get_settings

DEFAULT_MAX_TOKENS = 2048


def make_anthropic_client(settings: Settings | None = None) -> anthropic.Anthropic:
    settings = settings or get_settings()
    return anthropic.Anthropic(
        api_key=settings.anthropic_api_key,
        timeout=settings.timeout,
        max_retries=settings.max_retries,
    )


@cache
def get_anthropic_client() -> anthropic.Anthropic:
    return make_anthropic_client()


def make_async_anthropic_client(settings: Settings | None = None) -> anthropic.AsyncAnthropic:
    settings = settings or get_settings()
    return anthropic.AsyncAnthropic(api_key=settings.anthropic_api_key, timeout=settings.timeout)


def count_prompt_tokens(text: str, model: str) -> int:
    """Pre-flight size check; the count_tokens endpoint is free."""
    result = get_anthropic_client().messages.count_tokens(
        model=model,
        messages=[{"role": "user", "content": text}],
    )
    return result.input_tokens
