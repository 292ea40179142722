"""Text helpers: chunking, truncation and prompt budgeting."""
from __future__ import annotations

import re
from typing import Iterable, Iterator, List

import litellm

_WS = re.compile(r"[ \t]+\n")


def normalise(text: str) -> str:
    return _WS.sub("\n", text).strip()


def chunk_lines(text: str, max_lines: int = 80, overlap: int = 10) -> Iterator[str]:
    lines = text.splitlines()
    if not lines:
        return
    step = max(1, max_lines - overlap)
    for start in range(0, len(lines), step):
        yield "\n".join(lines[start:start + max_lines])
        if start + max_lines >= len(lines):
            break


def batched(items: Iterable[str], size: int) -> Iterator[List[str]]:
    batch: List[str] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def count_tokens(text: str, model: str) -> int:
    """Best-effort token count; falls back to a chars/4 estimate for unknown models."""
    try:
        return litellm.token_counter(model=model, text=text)
    except Exception:
        return len(text) // 4


def fit_to_budget(text: str, model: str, max_tokens: int) -> str:
    """Trim *text* from the middle so it fits in *max_tokens*."""
    if count_tokens(text, model) <= max_tokens:
        return text
    keep = max_tokens * 4 // 2
    return text[:keep] + "\n\n[... truncated ...]\n\n" + text[-keep:]


def strip_code_fences(text: str) -> str:
    text = text.strip()
    if text.startswith("```"):
        text = text.split("\n", 1)[1] if "\n" in text else ""
    if text.endswith("```"):
        text = text[: -3]
    return text.strip()
