"""Text helpers: cleaning, chunking and rough token estimates."""
from __future__ import annotations

import hashlib
import html
import json
import re
from typing import Any, Iterable, Iterator, List, Sequence, TypeVar

T = TypeVar("T")

_TAG_RE = re.compile(r"<[^>]+>")
_WS_RE = re.compile(r"\s+")
_FENCE_RE = re.compile(r"^```(?:json)?\s*|\s*```$", re.MULTILINE)


def clean_text(text: str) -> str:
    text = html.unescape(_TAG_RE.sub(" ", text or ""))
    return _WS_RE.sub(" ", text).strip()


def truncate_chars(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut + " …"


def approx_tokens(text: str) -> int:
    """~4 chars/token; good enough for batching decisions."""
    return max(1, len(text) // 4)


def batched(items: Sequence[T], size: int) -> Iterator[List[T]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def pack_by_tokens(texts: Iterable[str], max_tokens: int) -> Iterator[List[str]]:
    batch: List[str] = []
    used = 0
    for text in texts:
        n = approx_tokens(text)
        if batch and used + n > max_tokens:
            yield batch
            batch, used = [], 0
        batch.append(text)
        used += n
    if batch:
        yield batch


def parse_json_output(raw: str) -> Any:
    """Parse JSON that a model may have wrapped in a markdown fence."""
    return json.loads(_FENCE_RE.sub("", raw.strip()))


def stable_hash(*parts: Any) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(json.dumps(part, sort_keys=True, default=str).encode("utf-8"))
    return h.hexdigest()[:16]
