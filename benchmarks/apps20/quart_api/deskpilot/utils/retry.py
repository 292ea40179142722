from __future__ import annotations

import asyncio
import logging
import random
from typing import Awaitable, Callable, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)


async def with_retries(
    fn: Callable[..., Awaitable[T]], *args, attempts: int = 3, base_delay: float = 0.5, **kwargs
) -> T:
    """Retry an async callable with jittered exponential backoff."""
    for attempt in range(1, attempts + 1):
        try:
            return await fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            if attempt == attempts:
                raise
            delay = base_delay * 2 ** (attempt - 1) + random.random() / 4
            log.warning("attempt %d/%d failed (%s); retrying in %.2fs", attempt, attempts, exc, delay)
            await asyncio.sleep(delay)
    raise RuntimeError("unreachable")
