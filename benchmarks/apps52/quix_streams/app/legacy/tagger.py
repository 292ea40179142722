"""Old tag + similar-review lookup, running on Together.

Part of this still goes through the openai SDK pointed at Together's
OpenAI-compatible endpoint (that is how it was first written); the rerank
bit uses the together SDK because openai has no rerank.
"""
from __future__ import annotations

import logging
import os

from openai import OpenAI

from app.enrich import get_together

logger = logging.getLogger(__name__)

together_compat = OpenAI(
    api_key=os.environ.get("TOGETHER_API_KEY"),
    base_url="https://api.together.xyz/v1",
)

EMBED_MODEL = "togethercomputer/m2-bert-80M-8k-retrieval"
RERANK_MODEL = "Salesforce/Llama-Rank-V1"


def legacy_tags(text: str) -> list[str]:
    resp = together_compat.chat.completions.create(
        model="mistralai/Mixtral-8x7B-Instruct-v0.1",
        messages=[{"role": "user", "content": f"Comma-separated tags for: {text}"}],
        max_tokens=30,
    )
    return [t.strip() for t in (resp.choices[0].message.content or "").split(",") if t.strip()]


def embed(texts: list[str]) -> list[list[float]]:
    resp = together_compat.embeddings.create(model=EMBED_MODEL, input=texts)
    return [d.embedding for d in resp.data]


def similar_reviews(query: str, candidates: list[str], top_n: int = 5) -> list[tuple[int, float]]:
    client = get_together()
    result = client.rerank.create(
        model=RERANK_MODEL,
        query=query,
        documents=candidates,
        top_n=top_n,
    )
    return [(r.index, r.relevance_score) for r in result.results]


def available_models() -> list[str]:
    # listing is free; the ops page shows what we could switch to
    return [m.id for m in get_together().models.list()]
