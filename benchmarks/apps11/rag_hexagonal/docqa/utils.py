"""Small helpers shared across layers."""
from __future__ import annotations

import asyncio
import logging
import random
import re
import time
from contextlib import contextmanager
from typing import Any, Awaitable, Callable, Iterator, List, Sequence, Tuple, Type, TypeVar

logger = logging.getLogger(__name__)

T = TypeVar("T")

_WS = re.compile(r"\s+")


def normalize_ws(text: str) -> str:
    return _WS.sub(" ", text).strip()


def batched(items: Sequence[T], size: int) -> Iterator[List[T]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def split_into_chunks(text: str, size: int, overlap: int) -> List[str]:
    """Greedy paragraph packing with a character budget and overlap."""
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    chunks: List[str] = []
    current = ""
    for para in paragraphs:
        if len(current) + len(para) + 2 <= size:
            current = f"{current}\n\n{para}" if current else para
            continue
        if current:
            chunks.append(current)
            current = current[-overlap:] + "\n\n" + para if overlap else para
        else:
            current = para
        while len(current) > size:
            chunks.append(current[:size])
            current = current[size - overlap :]
    if current:
        chunks.append(current)
    return chunks


async def with_retries(
    fn: Callable[..., Awaitable[T]],
    *args: Any,
    attempts: int = 3,
    retry_on: Tuple[Type[BaseException], ...] = (Exception,),
    base_delay: float = 0.5,
    **kwargs: Any,
) -> T:
    """Await `fn(*args, **kwargs)` with jittered exponential backoff."""
    for attempt in range(1, attempts + 1):
        try:
            return await fn(*args, **kwargs)
        except retry_on as exc:  # noqa: PERF203
            if attempt == attempts:
                raise
            delay = base_delay * (2 ** (attempt - 1)) * (1 + random.random() / 2)
            logger.warning("retrying %s after %s (attempt %d/%d)", getattr(fn, "__qualname__", fn), exc, attempt, attempts)
            await asyncio.sleep(delay)
    raise RuntimeError("unreachable")


@contextmanager
def timed(label: str) -> Iterator[dict]:
    out: dict = {}
    start = time.perf_counter()
    try:
        yield out
    finally:
        out["ms"] = int((time.perf_counter() - start) * 1000)
        logger.debug("%s took %dms", label, out["ms"])
