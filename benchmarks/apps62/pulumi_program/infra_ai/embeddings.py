"""Embeddings for runbook / release-notes search (used by the docs site indexer)."""
from __future__ import annotations

from typing import Sequence

from google.genai import types

from infra_ai.clients import get_genai, get_openai

OPENAI_EMBED_MODEL = "text-embedding-3-small"
GEMINI_EMBED_MODEL = "text-embedding-004"


def embed_openai(texts: Sequence[str], batch_size: int = 64) -> list[list[float]]:
    client = get_openai()
    vectors: list[list[float]] = []
    for start in range(0, len(texts), batch_size):
        batch = list(texts[start:start + batch_size])
        result = client.embeddings.create(model=OPENAI_EMBED_MODEL, input=batch)
        vectors.extend(item.embedding for item in result.data)
    return vectors


def embed_gemini(texts: Sequence[str]) -> list[list[float]]:
    result = get_genai().models.embed_content(
        model=GEMINI_EMBED_MODEL,
        contents=list(texts),
        config=types.EmbedContentConfig(task_type="RETRIEVAL_DOCUMENT"),
    )
    return [e.values for e in result.embeddings]


def embed(texts: Sequence[str], provider: str = "openai") -> list[list[float]]:
    return embed_gemini(texts) if provider == "gemini" else embed_openai(texts)
