"""Embedding helpers used from notebooks (semantic search over a column)."""
from __future__ import annotations

import math
from typing import Sequence

import google.generativeai as genai

from .clients import configure_genai, get_mistral_client, get_ollama_client, get_openai_client

OPENAI_EMBED_MODEL = "text-embedding-3-small"
BATCH = 256


def embed_texts(texts: Sequence[str], provider: str = "openai") -> list[list[float]]:
    texts = [t if t else " " for t in texts]
    out: list[list[float]] = []
    for i in range(0, len(texts), BATCH):
        batch = list(texts[i:i + BATCH])
        out.extend(_embed_batch(batch, provider))
    return out


def _embed_batch(batch: list[str], provider: str) -> list[list[float]]:
    if provider == "openai":
        resp = get_openai_client().embeddings.create(model=OPENAI_EMBED_MODEL, input=batch)
        return [d.embedding for d in resp.data]
    if provider in ("google", "gemini"):
        configure_genai()
        result = genai.embed_content(
            model="models/text-embedding-004", content=batch, task_type="retrieval_document"
        )
        return result["embedding"]
    if provider == "mistral":
        client = get_mistral_client()
        res = client.embeddings.create(model="mistral-embed", inputs=batch)
        return [d.embedding for d in res.data]
    if provider == "ollama":
        res = get_ollama_client().embed(model="nomic-embed-text", input=batch)
        return res["embeddings"]
    raise ValueError(f"no embedding support for {provider}")


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


def semantic_search(df, column: str, query: str, k: int = 5, provider: str = "openai"):
    """Return the k rows of ``df`` whose ``column`` is closest to ``query``.

    Caches the column embeddings on the DataFrame's ``attrs``.
    """
    key = f"_nbcopilot_emb_{column}_{provider}"
    if key not in df.attrs:
        df.attrs[key] = embed_texts(df[column].astype(str).tolist(), provider)
    qvec = embed_texts([query], provider)[0]
    scores = [cosine(qvec, v) for v in df.attrs[key]]
    ranked = sorted(range(len(scores)), key=scores.__getitem__, reverse=True)[:k]
    out = df.iloc[ranked].copy()
    out["score"] = [scores[i] for i in ranked]
    return out
