"""Token counting and cost estimates (USD per 1M tokens; Finance owns the real numbers)."""
from __future__ import annotations

from functools import lru_cache

import tiktoken


@lru_cache(maxsize=8)
def _encoding(model: str):
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("o200k_base")


def count_tokens(text: str, model: str = "gpt-4o") -> int:
    return len(_encoding(model).encode(text))


def truncate_to_tokens(text: str, limit: int, model: str = "gpt-4o") -> str:
    enc = _encoding(model)
    ids = enc.encode(text)
    if len(ids) <= limit:
        return text
    return enc.decode(ids[:limit])


def chunk_text(text: str, max_tokens: int = 800, overlap: int = 80, model: str = "gpt-4o") -> list[str]:
    enc = _encoding(model)
    ids = enc.encode(text)
    chunks, start = [], 0
    while start < len(ids):
        end = min(start + max_tokens, len(ids))
        chunks.append(enc.decode(ids[start:end]))
        if end == len(ids):
            break
        start = end - overlap
    return chunks


PRICES_PER_MTOK: dict[str, tuple[float, float]] = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "text-embedding-3-large": (0.13, 0.0),
    "anthropic.claude-3-5-sonnet-20241022-v2:0": (3.00, 15.00),
    "anthropic.claude-3-5-haiku-20241022-v1:0": (0.80, 4.00),
    "mistral-large-latest": (2.00, 6.00),
    "mistral-small-latest": (0.20, 0.60),
    "command-r-plus-08-2024": (2.50, 10.00),
    "accounts/fireworks/models/llama-v3p1-70b-instruct": (0.90, 0.90),
    "ibm/granite-3-8b-instruct": (0.20, 0.20),
}
OCR_PRICE_PER_PAGE = 0.001


def estimate_cost_usd(model: str, input_tokens: int, output_tokens: int) -> float:
    pin, pout = PRICES_PER_MTOK.get(model, (0.0, 0.0))
    return round((input_tokens * pin + output_tokens * pout) / 1_000_000, 6)


def estimate_ocr_cost(pages: int) -> float:
    return round(pages * OCR_PRICE_PER_PAGE, 4)
