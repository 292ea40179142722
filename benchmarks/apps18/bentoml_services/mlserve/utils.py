"""Small helpers: retry with jitter, chunking, text normalisation."""

from __future__ import annotations

import logging
import random
import re
import time
import unicodedata
from typing import Callable, ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")

logger = logging.getLogger(__name__)

RETRYABLE_STATUS = {408, 409, 429, 500, 502, 503, 504}
_WS = re.compile(r"\s+")


def _status_of(exc: BaseException) -> int | None:
    for attr in ("status_code", "http_status"):
        code = getattr(exc, attr, None)
        if isinstance(code, int):
            return code
    response = getattr(exc, "response", None)
    return getattr(response, "status_code", None)


def with_retries(fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """Call ``fn(*args, **kwargs)`` retrying transient HTTP errors with jitter."""
    attempts = 4
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - we re-raise below
            status = _status_of(exc)
            if status not in RETRYABLE_STATUS or attempt == attempts:
                raise
            delay = min(8.0, 0.5 * 2 ** (attempt - 1)) + random.random() / 4
            logger.warning("retrying %s after %s (attempt %d)", getattr(fn, "__qualname__", fn), status, attempt)
            time.sleep(delay)
    raise AssertionError("unreachable")


def chunked(items: list[T], size: int) -> list[list[T]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return _WS.sub(" ", text).strip()


def split_paragraphs(text: str, max_chars: int = 6000) -> list[str]:
    """Greedy paragraph packing for map-reduce summaries."""
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    for para in (p.strip() for p in text.split("\n\n")):
        if not para:
            continue
        if size + len(para) > max_chars and current:
            chunks.append("\n\n".join(current))
            current, size = [], 0
        current.append(para)
        size += len(para)
    if current:
        chunks.append("\n\n".join(current))
    return chunks
