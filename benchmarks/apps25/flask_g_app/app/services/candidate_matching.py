"""Candidate <-> opening matching by embedding similarity."""
from __future__ import annotations

import math
from typing import List, Sequence, Tuple

from flask import current_app

from app.extensions import EXTENSION_KEY
from app.llm import get_gemini

EMBED_BATCH = 64


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


def embed_texts(texts: List[str]) -> List[List[float]]:
    """OpenAI embeddings, batched."""
    client = current_app.extensions[EXTENSION_KEY].openai
    model = current_app.config["OPENAI_EMBEDDING_MODEL"]
    vectors: List[List[float]] = []
    for i in range(0, len(texts), EMBED_BATCH):
        batch = texts[i : i + EMBED_BATCH]
        result = client.embeddings.create(model=model, input=batch)
        vectors.extend(item.embedding for item in result.data)
    return vectors


def embed_query_gemini(text: str) -> List[float]:
    """Gemini embeddings for the experimental semantic search (flagged)."""
    result = get_gemini().models.embed_content(
        model=current_app.config["GEMINI_EMBED_MODEL"],
        contents=text,
    )
    return list(result.embeddings[0].values)


def rank_candidates(opening_vec, candidates) -> List[Tuple[object, float]]:
    scored = [
        (c, cosine(opening_vec, c.embedding))
        for c in candidates
        if c.embedding
    ]
    scored.sort(key=lambda pair: pair[1], reverse=True)
    return scored


def top_matches(opening, candidates, k: int = 10):
    if not opening.embedding:
        opening.embedding = embed_texts([opening.description or opening.title])[0]
    return rank_candidates(opening.embedding, candidates)[:k]
