"""Small retry helpers (we did not want tenacity as a dependency)."""
import asyncio
import functools
import logging
import random

_LOGGER = logging.getLogger(__name__)


async def with_retries(fn, *args, attempts=3, base_delay=1.0, **kwargs):
    """Call ``fn(*args, **kwargs)`` (sync or async) with jittered backoff."""
    last = None
    for attempt in range(1, attempts + 1):
        try:
            result = fn(*args, **kwargs)
            if asyncio.iscoroutine(result):
                result = await result
            return result
        except Exception as exc:  # noqa: BLE001
            last = exc
            delay = base_delay * (2 ** (attempt - 1)) + random.random() / 2
            _LOGGER.warning("attempt %s/%s failed (%s); retrying in %.1fs", attempt, attempts, exc, delay)
            await asyncio.sleep(delay)
    raise last


def retrying(attempts=3):
    def deco(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            return await with_retries(fn, *args, attempts=attempts, **kwargs)

        return wrapper

    return deco


async def run_blocking(fn, *args, **kwargs):
    """Run a blocking SDK call without stalling the opsdroid event loop."""
    return await asyncio.to_thread(fn, *args, **kwargs)
