"""Retry wrapper for flaky provider calls (429s, 529 overloaded)."""
import functools
import logging
import random
import time
from typing import Callable, Tuple, Type, TypeVar

T = TypeVar('T')
logger = logging.getLogger(__name__)

RETRYABLE_STATUS = {408, 409, 429, 500, 502, 503, 504, 529}


def _is_retryable(exc: Exception) -> bool:
    status = getattr(exc, 'status_code', None) or getattr(getattr(exc, 'response', None), 'status_code', None)
    return status in RETRYABLE_STATUS or exc.__class__.__name__ in {'APITimeoutError', 'APIConnectionError'}


def with_backoff(fn: Callable[..., T], attempts: int = 5, base: float = 1.5,
                 exceptions: Tuple[Type[BaseException], ...] = (Exception,)) -> Callable[..., T]:
    @functools.wraps(fn)
    def wrapper(*args, **kwargs) -> T:
        for attempt in range(1, attempts + 1):
            try:
                return fn(*args, **kwargs)
            except exceptions as exc:  # type: ignore[misc]
                if attempt == attempts or not _is_retryable(exc):
                    raise
                sleep_for = base ** attempt + random.random()
                logger.warning('retrying %s after %s (attempt %d)', getattr(fn, '__name__', fn), exc, attempt)
                time.sleep(sleep_for)
        raise RuntimeError('unreachable')
    return wrapper


# tenacity would do this too; kept dependency-free so blocks start fast.
DEFAULT_ATTEMPTS = 5
