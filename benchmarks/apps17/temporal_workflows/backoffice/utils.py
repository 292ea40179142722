"""Small helpers shared by activities and scripts."""
from __future__ import annotations

import json
import logging
import random
import re
import time
from typing import Any, Callable, Iterable, Iterator, List, Sequence, TypeVar

import tiktoken

logger = logging.getLogger(__name__)
T = TypeVar("T")

_JSON_FENCE = re.compile(r"```(?:json)?\s*(.*?)```", re.DOTALL)
_ENC = None


def parse_json_reply(text: str) -> Any:
    """Models love wrapping JSON in code fences; strip them before parsing."""
    text = text.strip()
    match = _JSON_FENCE.search(text)
    if match:
        text = match.group(1).strip()
    return json.loads(text)


def batched(items: Sequence[T], size: int) -> Iterator[List[T]]:
    for start in range(0, len(items), size):
        yield list(items[start:start + size])


def approx_tokens(text: str) -> int:
    global _ENC
    if _ENC is None:
        _ENC = tiktoken.get_encoding("cl100k_base")
    return len(_ENC.encode(text))


def chunk_text(text: str, max_tokens: int = 400, overlap: int = 40) -> List[str]:
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    chunks: List[str] = []
    current: List[str] = []
    current_tokens = 0
    for para in paragraphs:
        n = approx_tokens(para)
        if current and current_tokens + n > max_tokens:
            chunks.append("\n\n".join(current))
            tail = current[-1]
            current = [tail] if approx_tokens(tail) <= overlap else []
            current_tokens = sum(approx_tokens(c) for c in current)
        current.append(para)
        current_tokens += n
    if current:
        chunks.append("\n\n".join(current))
    return chunks


def call_with_backoff(fn: Callable[..., T], *args: Any, attempts: int = 4, **kwargs: Any) -> T:
    """Local retry for calls we make many times inside a single activity attempt.

    Temporal retries the whole activity; this avoids redoing 200 chunks because
    chunk 201 hit a 429.
    """
    delay = 1.0
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - SDK error types differ per provider
            if attempt == attempts:
                raise
            logger.warning("retrying %s after %s (attempt %d)", getattr(fn, "__qualname__", fn), exc, attempt)
            time.sleep(delay + random.random())
            delay *= 2
    raise RuntimeError("unreachable")


def first_text(blocks: Iterable[Any]) -> str:
    """Concatenate text blocks of an Anthropic message."""
    return "".join(getattr(b, "text", "") for b in blocks if getattr(b, "type", None) == "text")
