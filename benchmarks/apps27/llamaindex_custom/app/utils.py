"""Shared helpers: text utilities and retry wrappers for vendor calls that the
SDK does not retry on its own."""
from __future__ import annotations

import asyncio
import logging
import random
import re
import time
import unicodedata
from typing import Any, Awaitable, Callable, Iterable, Iterator, List, Sequence, Tuple, Type, TypeVar

logger = logging.getLogger(__name__)

T = TypeVar("T")

_WS = re.compile(r"\s+")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]+\)")


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = _MD_LINK.sub(r"\1", text)
    return _WS.sub(" ", text).strip()


def truncate(text: str, max_chars: int = 2000, suffix: str = " …") -> str:
    if len(text) <= max_chars:
        return text
    return text[: max_chars - len(suffix)].rstrip() + suffix


def batched(items: Sequence[T], size: int) -> Iterator[List[T]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def approx_tokens(text: str) -> int:
    """Cheap estimate (4 chars/token) used for budgeting before we call anything."""
    return max(1, len(text) // 4)


def dedupe_keep_order(values: Iterable[str]) -> List[str]:
    seen: set[str] = set()
    out: List[str] = []
    for v in values:
        key = v.strip().lower()
        if key and key not in seen:
            seen.add(key)
            out.append(v.strip())
    return out


# --- retries ---------------------------------------------------------------

RETRYABLE_STATUS = {408, 409, 429, 500, 502, 503, 504, 529}


def _is_retryable(exc: BaseException) -> bool:
    status = getattr(exc, "status_code", None) or getattr(getattr(exc, "response", None), "status_code", None)
    if status is not None:
        return int(status) in RETRYABLE_STATUS
    return isinstance(exc, (TimeoutError, ConnectionError))


def with_retries(
    fn: Callable[..., T],
    *args: Any,
    attempts: int = 3,
    base_delay: float = 0.5,
    retry_on: Tuple[Type[BaseException], ...] = (Exception,),
    **kwargs: Any,
) -> T:
    """Call ``fn(*args, **kwargs)`` with jittered exponential backoff."""
    last: BaseException | None = None
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except retry_on as exc:  # noqa: PERF203
            last = exc
            if attempt == attempts or not _is_retryable(exc):
                raise
            delay = base_delay * (2 ** (attempt - 1)) + random.uniform(0, base_delay)
            logger.warning("retrying %s after %s (attempt %d/%d)", getattr(fn, "__qualname__", fn), exc, attempt, attempts)
            time.sleep(delay)
    assert last is not None
    raise last


async def awith_retries(
    fn: Callable[..., Awaitable[T]],
    *args: Any,
    attempts: int = 3,
    base_delay: float = 0.5,
    **kwargs: Any,
) -> T:
    for attempt in range(1, attempts + 1):
        try:
            return await fn(*args, **kwargs)
        except Exception as exc:
            if attempt == attempts or not _is_retryable(exc):
                raise
            await asyncio.sleep(base_delay * (2 ** (attempt - 1)) + random.uniform(0, base_delay))
    raise RuntimeError("unreachable")
