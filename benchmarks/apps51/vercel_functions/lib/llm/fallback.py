"""Retry / fallback helpers for flaky upstreams."""
import logging
import random
import time
from typing import Any, Callable

import httpx
import openai

from lib.llm.clients import get_openrouter

log = logging.getLogger(__name__)

RETRYABLE = (
    openai.RateLimitError,
    openai.APITimeoutError,
    openai.APIConnectionError,
    openai.InternalServerError,
    httpx.TimeoutException,
)

FALLBACK_MODEL = "openai/gpt-4o-mini"


def call_with_retry(fn: Callable[..., Any], *args, attempts: int = 3, base_delay: float = 0.5, **kwargs) -> Any:
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except RETRYABLE as exc:
            if attempt == attempts:
                raise
            delay = base_delay * (2 ** (attempt - 1)) + random.uniform(0, 0.2)
            log.warning("retryable error (%s), attempt %d/%d, sleeping %.2fs", exc, attempt, attempts, delay)
            time.sleep(delay)


def fallback_complete(messages: list[dict], primary: Callable[[], Any] | None = None, **params) -> Any:
    """Try `primary()`; on a provider outage answer via OpenRouter instead."""
    if primary is not None:
        try:
            return primary()
        except RETRYABLE as exc:
            log.error("primary provider failed, falling back to openrouter: %s", exc)
    return get_openrouter().chat.completions.create(model=FALLBACK_MODEL, messages=messages, **params)
