"""Embeddings used to de-duplicate changelog entries."""
from __future__ import annotations

import math

from gitai.llm.clients import get_ollama_client, get_openai_client

EMBED_MODEL = "text-embedding-3-small"
LOCAL_EMBED_MODEL = "nomic-embed-text"


def embed_texts(texts: list[str], local: bool = False) -> list[list[float]]:
    if not texts:
        return []
    if local:
        resp = get_ollama_client().embed(model=LOCAL_EMBED_MODEL, input=texts)
        return [list(v) for v in resp["embeddings"]]
    resp = get_openai_client().embeddings.create(model=EMBED_MODEL, input=texts)
    return [d.embedding for d in resp.data]


def cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


def dedupe(lines: list[str], threshold: float = 0.92, local: bool = False) -> list[str]:
    vectors = embed_texts(lines, local=local)
    kept: list[int] = []
    for i, vec in enumerate(vectors):
        if all(cosine(vec, vectors[j]) < threshold for j in kept):
            kept.append(i)
    return [lines[i] for i in kept]
