"""Small async retry helper used around flaky provider calls."""
import asyncio
import logging
import random

log = logging.getLogger(__name__)


async def with_retries(fn, *args, attempts=3, base_delay=0.5, retry_on=(Exception,), **kwargs):
    last = None
    for attempt in range(1, attempts + 1):
        try:
            return await fn(*args, **kwargs)
        except retry_on as exc:  # noqa: PERF203
            last = exc
            delay = base_delay * (2 ** (attempt - 1)) + random.random() * 0.1
            log.warning("attempt %d/%d failed (%s); sleeping %.2fs", attempt, attempts, exc, delay)
            await asyncio.sleep(delay)
    raise last
