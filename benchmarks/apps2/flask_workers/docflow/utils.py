"""Small helpers shared by the web and worker processes."""
from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime, timezone
from typing import Any, TypeVar

T = TypeVar("T")


def completion(done: int, total: int) -> float:
    """Fraction of pages processed, clamped to ``[0, 1]``."""
    if total <= 0:
        return 0.0
    return max(0.0, min(1.0, done / total))


def batched(items: Sequence[T], size: int) -> Iterator[tuple[int, Sequence[T]]]:
    """Yield ``(start_index, batch)`` pairs."""
    for start in range(0, len(items), size):
        yield start, items[start : start + size]


def chunk_text(text: str, size: int = 1200, overlap: int = 200) -> list[str]:
    """Split text into overlapping character windows on whitespace boundaries."""
    if not text:
        return []
    chunks: list[str] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            space = text.rfind(" ", start, end)
            if space > start + size // 2:
                end = space
        chunks.append(text[start:end].strip())
        if end == len(text):
            break
        start = max(end - overlap, start + 1)
    return [c for c in chunks if c]


class ReportBuilder:
    """Builds CSV reports for the admin console."""

    def __init__(self, title: str, columns: Sequence[str]) -> None:
        self.title = title
        self.columns = list(columns)

    def generate(self, rows: Iterable[dict[str, Any]]) -> bytes:
        buffer = io.StringIO()
        buffer.write(f"# {self.title} generated {datetime.now(timezone.utc).isoformat()}\n")
        writer = csv.DictWriter(buffer, fieldnames=self.columns, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
        return buffer.getvalue().encode("utf-8")
