"""Retry policy for calls to model vendors and Bedrock."""
from __future__ import annotations

import functools
import logging
import random
import time
from typing import Callable, ParamSpec, TypeVar

import anthropic
import openai
from botocore.exceptions import ClientError

logger = logging.getLogger(__name__)

P = ParamSpec("P")
T = TypeVar("T")

_THROTTLE_CODES = frozenset(
    {
        "ThrottlingException",
        "ServiceUnavailableException",
        "ModelNotReadyException",
        "TooManyRequestsException",
    }
)


def _is_retryable(exc: BaseException) -> bool:
    if isinstance(exc, (openai.RateLimitError, openai.APITimeoutError, openai.APIConnectionError)):
        return True
    if isinstance(exc, (anthropic.RateLimitError, anthropic.APITimeoutError, anthropic.InternalServerError)):
        return True
    if isinstance(exc, ClientError):
        return exc.response.get("Error", {}).get("Code") in _THROTTLE_CODES
    return False


def with_llm_retry(
    max_attempts: int = 3, base_delay: float = 0.5, max_delay: float = 8.0
) -> Callable[[Callable[P, T]], Callable[P, T]]:
    """Retry the decorated function on throttling and transient vendor errors."""

    def decorator(fn: Callable[P, T]) -> Callable[P, T]:
        @functools.wraps(fn)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
            attempt = 0
            while True:
                attempt += 1
                try:
                    return fn(*args, **kwargs)
                except Exception as exc:  # noqa: BLE001 - filtered below
                    if attempt >= max_attempts or not _is_retryable(exc):
                        raise
                    delay = min(max_delay, base_delay * 2 ** (attempt - 1))
                    delay *= 0.5 + random.random()
                    logger.warning(
                        "retrying %s after %s (attempt %d/%d, sleeping %.2fs)",
                        getattr(fn, "__qualname__", fn),
                        type(exc).__name__,
                        attempt,
                        max_attempts,
                        delay,
                    )
                    time.sleep(delay)

        return wrapper

    return decorator


def call_with_backoff(fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """Invoke ``fn`` once with the default retry policy."""
    return with_llm_retry()(fn)(*args, **kwargs)
