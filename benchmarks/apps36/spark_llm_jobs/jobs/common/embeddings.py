"""Embedding helpers used from pandas UDFs. Callers pass in the client they got from
``jobs.common.clients`` so that tests can hand in a fake."""
from __future__ import annotations

import logging
from typing import Sequence

from jobs.common.rate_limit import with_backoff

log = logging.getLogger(__name__)

MAX_BATCH = 256
MAX_CHARS = 8_000


def _clean(texts: Sequence[str | None]) -> list[str]:
    return [(t or " ")[:MAX_CHARS] for t in texts]


def embed_openai(client, texts: Sequence[str | None], model: str, dimensions: int | None = None) -> list[list[float]]:
    vectors: list[list[float]] = []
    cleaned = _clean(texts)
    for start in range(0, len(cleaned), MAX_BATCH):
        batch = cleaned[start : start + MAX_BATCH]
        kwargs = {"model": model, "input": batch}
        if dimensions:
            kwargs["dimensions"] = dimensions
        resp = client.embeddings.create(**kwargs)
        vectors.extend(d.embedding for d in sorted(resp.data, key=lambda d: d.index))
    return vectors


def embed_together(client, texts: Sequence[str | None], model: str) -> list[list[float]]:
    cleaned = _clean(texts)
    out: list[list[float]] = []
    for start in range(0, len(cleaned), 64):
        resp = with_backoff(client.embeddings.create)(model=model, input=cleaned[start : start + 64])
        out.extend(item.embedding for item in resp.data)
    return out


def embed_gemini(client, texts: Sequence[str | None], model: str = "text-embedding-004") -> list[list[float]]:
    from google.genai import types

    cleaned = _clean(texts)
    result = client.models.embed_content(
        model=model,
        contents=cleaned,
        config=types.EmbedContentConfig(task_type="RETRIEVAL_DOCUMENT"),
    )
    return [e.values for e in result.embeddings]


def l2_normalise(vec: list[float]) -> list[float]:
    norm = sum(v * v for v in vec) ** 0.5 or 1.0
    return [v / norm for v in vec]
