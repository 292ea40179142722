"""Text helpers: chunking, slugs, rough token budgeting."""
from __future__ import annotations

import re
import unicodedata
from typing import Iterable, Iterator

from google.genai import Client as GenaiClient

_WS = re.compile(r"\s+")


def normalise(text: str) -> str:
    return _WS.sub(" ", unicodedata.normalize("NFKC", text or "")).strip()


def rough_tokens(text: str) -> int:
    """~4 chars/token; good enough for batching decisions."""
    return max(1, len(text) // 4)


def count_tokens_exact(client: GenaiClient, model: str, text: str) -> int:
    # count_tokens is free on Vertex; used when we are close to the context limit
    result = client.models.count_tokens(model=model, contents=text)
    return result.total_tokens


def chunk(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def batch_by_tokens(texts: Iterable[str], budget: int = 6000) -> Iterator[list[str]]:
    batch: list[str] = []
    used = 0
    for t in texts:
        n = rough_tokens(t)
        if batch and used + n > budget:
            yield batch
            batch, used = [], 0
        batch.append(t)
        used += n
    if batch:
        yield batch


class SlugGenerator:
    """Stable URL slugs; appends a counter on collision."""

    def __init__(self, max_len: int = 60) -> None:
        self.max_len = max_len
        self._seen: set[str] = set()

    def generate(self, title: str) -> str:
        base = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
        base = re.sub(r"[^a-zA-Z0-9]+", "-", base).strip("-").lower()[: self.max_len] or "page"
        slug, n = base, 2
        while slug in self._seen:
            slug = f"{base}-{n}"
            n += 1
        self._seen.add(slug)
        return slug


def strip_code_fences(text: str) -> str:
    text = text.strip()
    if text.startswith("```"):
        text = text.split("\n", 1)[1] if "\n" in text else ""
        if text.endswith("```"):
            text = text[:-3]
    return text.strip()
