"""Retry and caching helpers for flaky provider calls."""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import random
import time
from collections import OrderedDict
from typing import Any, Callable, TypeVar

logger = logging.getLogger(__name__)

F = TypeVar("F", bound=Callable[..., Any])


def with_retry(
    attempts: int = 3,
    base_delay: float = 1.0,
    max_delay: float = 30.0,
    retry_on: tuple[type[BaseException], ...] = (Exception,),
) -> Callable[[F], F]:
    """Retry the decorated function with exponential backoff and jitter."""

    def decorator(fn: F) -> F:
        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            delay = base_delay
            for attempt in range(1, attempts + 1):
                try:
                    return fn(*args, **kwargs)
                except retry_on as exc:
                    if attempt == attempts:
                        raise
                    sleep_for = min(delay, max_delay) + random.uniform(0, 0.25)
                    logger.warning(
                        "%s failed (attempt %d/%d): %s; retrying in %.1fs",
                        fn.__qualname__, attempt, attempts, exc, sleep_for,
                    )
                    time.sleep(sleep_for)
                    delay *= 2
            raise RuntimeError("unreachable")

        return wrapper  # type: ignore[return-value]

    return decorator


class RetryingCall:
    """Callable wrapper adding retries and a small in-memory result cache."""

    def __init__(
        self,
        fn: Callable[..., Any],
        *,
        attempts: int = 3,
        cache_size: int = 256,
        name: str | None = None,
    ) -> None:
        self._fn = with_retry(attempts=attempts)(fn)
        self._cache: OrderedDict[str, Any] = OrderedDict()
        self._cache_size = cache_size
        self.name = name or getattr(fn, "__qualname__", repr(fn))
        self.hits = 0
        self.misses = 0

    @staticmethod
    def _key(args: tuple[Any, ...], kwargs: dict[str, Any]) -> str | None:
        try:
            payload = json.dumps([args, kwargs], sort_keys=True, default=str)
        except (TypeError, ValueError):
            return None
        return hashlib.sha256(payload.encode()).hexdigest()

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        key = self._key(args, kwargs) if self._cache_size else None
        if key is not None and key in self._cache:
            self.hits += 1
            self._cache.move_to_end(key)
            return self._cache[key]
        self.misses += 1
        result = self._fn(*args, **kwargs)
        if key is not None:
            self._cache[key] = result
            if len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return result

    def __repr__(self) -> str:
        return f"RetryingCall({self.name!r}, hits={self.hits}, misses={self.misses})"
