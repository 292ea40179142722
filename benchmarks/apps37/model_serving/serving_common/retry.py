"""Small retry helper shared by predictors.

We deliberately set ``max_retries=0`` on the OpenAI clients and retry here so
that retries show up in our own metrics.
"""
from __future__ import annotations

import asyncio
import logging
import random
import time
from dataclasses import dataclass
from typing import Any, Awaitable, Callable, TypeVar

from serving_common.config import settings

logger = logging.getLogger(__name__)
T = TypeVar("T")

_RETRYABLE_NAMES = {
    "RateLimitError",
    "APITimeoutError",
    "APIConnectionError",
    "InternalServerError",
    "OverloadedError",
    "ThrottlingException",
    "ServiceUnavailableException",
    "ModelTimeoutException",
}


@dataclass
class RetryPolicy:
    attempts: int = settings.max_retries
    base_delay: float = 0.5
    max_delay: float = 8.0
    jitter: float = 0.25

    def delay(self, attempt: int) -> float:
        d = min(self.max_delay, self.base_delay * (2 ** attempt))
        return d + random.uniform(0, self.jitter * d)


def is_retryable(exc: BaseException) -> bool:
    name = type(exc).__name__
    if name in _RETRYABLE_NAMES:
        return True
    # botocore ClientError carries the code in the response
    response = getattr(exc, "response", None)
    if isinstance(response, dict):
        code = response.get("Error", {}).get("Code")
        return code in _RETRYABLE_NAMES
    return False


def with_retries(fn: Callable[..., T], *args: Any, policy: RetryPolicy | None = None, **kwargs: Any) -> T:
    policy = policy or RetryPolicy()
    last: BaseException | None = None
    for attempt in range(policy.attempts + 1):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            if not is_retryable(exc) or attempt == policy.attempts:
                raise
            last = exc
            wait = policy.delay(attempt)
            logger.warning("retryable error from %s (%s), sleeping %.2fs", getattr(fn, "__qualname__", fn), exc, wait)
            time.sleep(wait)
    raise RuntimeError("unreachable") from last


async def with_retries_async(
    fn: Callable[..., Awaitable[T]], *args: Any, policy: RetryPolicy | None = None, **kwargs: Any
) -> T:
    policy = policy or RetryPolicy()
    for attempt in range(policy.attempts + 1):
        try:
            return await fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            if not is_retryable(exc) or attempt == policy.attempts:
                raise
            await asyncio.sleep(policy.delay(attempt))
    raise RuntimeError("unreachable")


def retrying(policy: RetryPolicy | None = None):
    """Decorator form, used by a couple of the older Triton models."""

    def deco(fn: Callable[..., T]) -> Callable[..., T]:
        def wrapper(*args: Any, **kwargs: Any) -> T:
            return with_retries(fn, *args, policy=policy, **kwargs)

        wrapper.__wrapped__ = fn  # type: ignore[attr-defined]
        wrapper.__name__ = fn.__name__
        return wrapper

    return deco
