from __future__ import annotations

import logging
import random
import time
from typing import Any, Callable, Tuple, Type, TypeVar

from botocore.exceptions import ClientError

logger = logging.getLogger(__name__)

R = TypeVar("R")

RETRYABLE_AWS_CODES = {"ThrottlingException", "ServiceUnavailableException", "ModelNotReadyException"}


def _is_retryable(exc: BaseException, retry_on: Tuple[Type[BaseException], ...]) -> bool:
    if isinstance(exc, ClientError):
        return exc.response.get("Error", {}).get("Code") in RETRYABLE_AWS_CODES
    return isinstance(exc, retry_on)


def call_with_backoff(
    fn: Callable[..., R],
    *args: Any,
    attempts: int = 5,
    base_delay: float = 1.0,
    retry_on: Tuple[Type[BaseException], ...] = (TimeoutError, ConnectionError),
    **kwargs: Any,
) -> R:
    """Call ``fn`` with exponential backoff and full jitter.

    Written for boto3 before we turned on adaptive retries; still used by a couple of sync
    code paths that get throttled hard during bulk jobs.
    """
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            if attempt == attempts or not _is_retryable(exc, retry_on):
                raise
            delay = random.uniform(0, base_delay * 2 ** (attempt - 1))
            logger.warning("retrying %s after %s (attempt %d, sleeping %.1fs)", getattr(fn, "__qualname__", fn), exc, attempt, delay)
            time.sleep(delay)
    raise RuntimeError("unreachable")
