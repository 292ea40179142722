"""Token budgeting helpers.

Used to decide batch sizes before we send anything; none of these are billed.
"""
from __future__ import annotations

from functools import lru_cache

from enrich.clients import cohere_client, genai_client
from enrich.settings import get_settings


def approx_tokens(text: str) -> int:
    # ~4 chars per token for English; good enough for batching decisions
    return max(1, len(text) // 4)


@lru_cache(maxsize=4096)
def cohere_tokens(text: str) -> int:
    s = get_settings()
    return len(cohere_client().tokenize(text=text, model=s.cohere_embed_model).tokens)


def gemini_tokens(text: str) -> int:
    s = get_settings()
    result = genai_client().models.count_tokens(model=s.vertex_model, contents=text)
    return result.total_tokens or approx_tokens(text)


def fits(text: str, budget: int, exact: bool = False) -> bool:
    n = gemini_tokens(text) if exact else approx_tokens(text)
    return n <= budget
