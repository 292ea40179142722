import logging
import random
import time
from typing import Callable, Tuple, Type, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")

RETRYABLE: Tuple[Type[BaseException], ...] = (TimeoutError, ConnectionError)

try:  # provider-specific transient errors, if the SDKs are installed
    import openai

    RETRYABLE = RETRYABLE + (openai.RateLimitError, openai.APIConnectionError, openai.APITimeoutError)
except ImportError:  # pragma: no cover
    pass


def with_retries(fn: Callable[..., T], *args, attempts: int = 3, base_delay: float = 0.5, **kwargs) -> T:
    """Call ``fn(*args, **kwargs)`` with jittered exponential backoff."""
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except RETRYABLE as exc:
            if attempt == attempts:
                raise
            delay = base_delay * (2 ** (attempt - 1)) + random.uniform(0, base_delay)
            log.warning("retrying %s after %s (attempt %d/%d)", getattr(fn, "__qualname__", fn), exc, attempt, attempts)
            time.sleep(delay)
    raise RuntimeError("unreachable")
