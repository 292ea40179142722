"""Small shared helpers: text chunking and async retry."""
from __future__ import annotations

import asyncio
import logging
import random
import re
from typing import Awaitable, Callable, TypeVar

_WS = re.compile(r"\s+")
_SECTION = re.compile(r"^\s*(\d+(?:\.\d+)*)[.)]?\s+([A-Z][^\n]{2,80})$", re.MULTILINE)


def normalize(text: str) -> str:
    return _WS.sub(" ", text).strip()


def chunk_text(text: str, max_chars: int = 3000, overlap: int = 200) -> list[str]:
    text = normalize(text)
    if len(text) <= max_chars:
        return [text]
    chunks: list[str] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + max_chars)
        cut = text.rfind(". ", start, end)
        if cut <= start or end == len(text):
            cut = end
        chunks.append(text[start:cut].strip())
        start = max(cut - overlap, start + 1) if cut < len(text) else len(text)
    return [c for c in chunks if c]


def split_sections(text: str) -> list[tuple[str, str]]:
    marks = list(_SECTION.finditer(text))
    out = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        out.append((m.group(1), text[m.start():end].strip()))
    return out


def truncate(text: str, limit: int = 12000) -> str:
    return text if len(text) <= limit else text[:limit] + "\n[...truncated...]"


T = TypeVar("T")
log = logging.getLogger(__name__)


async def with_retry(
    fn: Callable[..., Awaitable[T]],
    *args,
    attempts: int = 3,
    base_delay: float = 0.5,
    **kwargs,
) -> T:
    """Retry an async callable with jittered exponential backoff."""
    last_exc: Exception | None = None
    for attempt in range(1, attempts + 1):
        try:
            return await fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - providers raise many types
            last_exc = exc
            if attempt == attempts:
                break
            delay = base_delay * (2 ** (attempt - 1)) + random.random() / 4
            log.warning("retrying %s after %s (attempt %d)", getattr(fn, "__qualname__", fn), exc, attempt)
            await asyncio.sleep(delay)
    assert last_exc is not None
    raise last_exc
