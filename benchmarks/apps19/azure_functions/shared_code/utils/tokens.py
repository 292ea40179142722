"""Token counting and cost estimation.  No network calls in here."""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Dict, Iterable, Tuple

logger = logging.getLogger(__name__)

# USD per 1K tokens (input, output).  Updated by FinOps quarterly; keep sorted.
PRICE_TABLE: Dict[str, Tuple[float, float]] = {
    "command-r-plus-08-2024": (0.0025, 0.01),
    "deepseek-chat": (0.00027, 0.0011),
    "embed-multilingual-v3.0": (0.0001, 0.0),
    "gpt-4o-mini-prod": (0.00015, 0.0006),
    "gpt-4o-prod": (0.0025, 0.01),
    "text-embedding-3-large": (0.00013, 0.0),
}


@lru_cache(maxsize=8)
def _encoding(name: str = "o200k_base"):
    import tiktoken

    return tiktoken.get_encoding(name)


def count_tokens(text: str, encoding_name: str = "o200k_base") -> int:
    try:
        return len(_encoding(encoding_name).encode(text))
    except Exception:  # noqa: BLE001 - fall back to a rough heuristic
        logger.debug("tiktoken unavailable, using char heuristic")
        return max(1, len(text) // 4)


def count_message_tokens(messages: Iterable[dict]) -> int:
    total = 0
    for message in messages:
        total += 4  # per-message overhead for chat formats
        total += count_tokens(str(message.get("content", "")))
    return total + 2


def estimate_cost_usd(model: str, input_tokens: int, output_tokens: int) -> float:
    price_in, price_out = PRICE_TABLE.get(model, (0.0, 0.0))
    return round(input_tokens / 1000 * price_in + output_tokens / 1000 * price_out, 6)


def chunk_text(text: str, max_chars: int, overlap: int = 200) -> list[str]:
    if len(text) <= max_chars:
        return [text]
    chunks = []
    start = 0
    while start < len(text):
        end = min(len(text), start + max_chars)
        # try to cut on a paragraph boundary
        cut = text.rfind("\n\n", start, end)
        if cut <= start + max_chars // 2:
            cut = end
        chunks.append(text[start:cut].strip())
        if cut >= len(text):
            break
        start = max(cut - overlap, start + 1)
    return [c for c in chunks if c]
