"""Tiny retry helper (we had tenacity once, it fought with AppDaemon's thread pool)."""
import asyncio
import logging
import random
import time

log = logging.getLogger(__name__)

RETRYABLE = ("RateLimitError", "APITimeoutError", "APIConnectionError", "InternalServerError",
             "ResponseError", "ServiceUnavailable")


def _is_retryable(exc):
    return type(exc).__name__ in RETRYABLE


def with_backoff(fn, *args, attempts=3, base_delay=1.5, **kwargs):
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - SDK exception types differ per provider
            if attempt == attempts or not _is_retryable(exc):
                raise
            delay = base_delay * (2 ** (attempt - 1)) + random.random()
            log.warning("%s failed (%s), retry %d in %.1fs", getattr(fn, "__qualname__", fn), exc, attempt, delay)
            time.sleep(delay)


async def awith_backoff(coro_fn, *args, attempts=3, base_delay=1.5, **kwargs):
    for attempt in range(1, attempts + 1):
        try:
            return await coro_fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            if attempt == attempts or not _is_retryable(exc):
                raise
            await asyncio.sleep(base_delay * (2 ** (attempt - 1)))
