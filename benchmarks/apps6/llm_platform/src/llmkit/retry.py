"""Small retry decorator (we used tenacity before; this is all we needed from it)."""
from __future__ import annotations

import asyncio
import functools
import logging
import random
import time
from typing import Any, Callable, Optional, TypeVar

from llmkit.errors import is_retryable

logger = logging.getLogger(__name__)

F = TypeVar("F", bound=Callable[..., Any])


def _delay(attempt: int, base: float, cap: float) -> float:
    # full jitter, see the AWS architecture blog post on backoff
    return random.uniform(0, min(cap, base * (2 ** attempt)))


def retry(
    attempts: int = 3,
    *,
    base_delay: float = 0.5,
    max_delay: float = 8.0,
    retry_if: Callable[[BaseException], bool] = is_retryable,
    on_retry: Optional[Callable[[int, BaseException], None]] = None,
) -> Callable[[F], F]:
    """Retry a sync or async callable on transient provider errors."""

    def decorator(fn: F) -> F:
        if asyncio.iscoroutinefunction(fn):

            @functools.wraps(fn)
            async def async_wrapper(*args: Any, **kwargs: Any) -> Any:
                for attempt in range(attempts):
                    try:
                        return await fn(*args, **kwargs)
                    except Exception as exc:  # noqa: BLE001
                        if attempt == attempts - 1 or not retry_if(exc):
                            raise
                        wait = _delay(attempt, base_delay, max_delay)
                        logger.warning("%s failed (%s), retry %d in %.2fs",
                                       fn.__qualname__, exc, attempt + 1, wait)
                        if on_retry:
                            on_retry(attempt, exc)
                        await asyncio.sleep(wait)
                raise AssertionError("unreachable")

            return async_wrapper  # type: ignore[return-value]

        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            for attempt in range(attempts):
                try:
                    return fn(*args, **kwargs)
                except Exception as exc:  # noqa: BLE001
                    if attempt == attempts - 1 or not retry_if(exc):
                        raise
                    wait = _delay(attempt, base_delay, max_delay)
                    logger.warning("%s failed (%s), retry %d in %.2fs",
                                   fn.__qualname__, exc, attempt + 1, wait)
                    if on_retry:
                        on_retry(attempt, exc)
                    time.sleep(wait)
            raise AssertionError("unreachable")

        return wrapper  # type: ignore[return-value]

    return decorator
