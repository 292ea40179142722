"""Embeddings for the FAQ / runbook search used by `ask`."""
from __future__ import annotations

import math
from typing import Sequence

import litellm

from config import get_config
from services.clients import get_async_openai_client, get_genai_client, get_openai_client

_BATCH = 96


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


def embed_texts(texts: list[str]) -> list[list[float]]:
    cfg = get_config()
    client = get_openai_client()
    vectors: list[list[float]] = []
    for start in range(0, len(texts), _BATCH):
        batch = texts[start : start + _BATCH]
        resp = client.embeddings.create(model=cfg.openai_embedding_model, input=batch)
        vectors.extend(item.embedding for item in sorted(resp.data, key=lambda d: d.index))
    return vectors


async def embed_query(text: str) -> list[float]:
    cfg = get_config()
    resp = await get_async_openai_client().embeddings.create(model=cfg.openai_embedding_model, input=[text])
    return resp.data[0].embedding


def embed_with_fallback(texts: list[str], model: str = "cohere/embed-english-v3.0") -> list[list[float]]:
    """Used when the OpenAI key is rate limited; litellm speaks to whatever `model` says."""
    resp = litellm.embedding(model=model, input=texts)
    return [row["embedding"] for row in resp.data]


def embed_gemini(texts: list[str], model: str = "text-embedding-004") -> list[list[float]]:
    result = get_genai_client().models.embed_content(model=model, contents=texts)
    return [e.values for e in result.embeddings]


class RunbookIndex:
    def __init__(self) -> None:
        self._docs: list[tuple[str, str, list[float]]] = []

    def add(self, title: str, body: str, vector: list[float]) -> None:
        self._docs.append((title, body, vector))

    def build(self, docs: dict[str, str]) -> None:
        titles = list(docs)
        vectors = embed_texts([f"{t}\n{docs[t]}" for t in titles])
        for title, vector in zip(titles, vectors):
            self.add(title, docs[title], vector)

    def search(self, vector: list[float], k: int = 3) -> list[tuple[str, str, float]]:
        scored = [(t, b, cosine(vector, v)) for t, b, v in self._docs]
        scored.sort(key=lambda row: row[2], reverse=True)
        return scored[:k]

    def __len__(self) -> int:
        return len(self._docs)
