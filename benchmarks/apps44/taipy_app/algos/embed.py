"""Embeddings for the document chunks (used by the chat page's retrieval)."""
from __future__ import annotations

import logging

import litellm
import numpy as np

from config.settings import settings
from llm import get_openai_client, get_together_client
from llm.bedrock import titan_embed

log = logging.getLogger(__name__)

BATCH = 96


def _embed_openai(texts: list[str]) -> list[list[float]]:
    client = get_openai_client()
    out: list[list[float]] = []
    for start in range(0, len(texts), BATCH):
        batch = texts[start : start + BATCH]
        resp = client.embeddings.create(model=settings.embed_model, input=batch)
        out.extend(d.embedding for d in resp.data)
    return out


def _embed_together(texts: list[str], model: str = "BAAI/bge-large-en-v1.5") -> list[list[float]]:
    resp = get_together_client().embeddings.create(model=model, input=texts)
    return [d.embedding for d in resp.data]


def _embed_litellm(texts: list[str], model: str) -> list[list[float]]:
    resp = litellm.embedding(model=model, input=texts)
    return [item["embedding"] for item in resp.data]


def embed_texts(texts: list[str], backend: str = "openai") -> np.ndarray:
    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    if backend == "together":
        vecs = _embed_together(texts)
    elif backend == "bedrock":
        vecs = [titan_embed(t) for t in texts]
    elif backend.startswith("litellm:"):
        vecs = _embed_litellm(texts, backend.split(":", 1)[1])
    else:
        vecs = _embed_openai(texts)
    arr = np.asarray(vecs, dtype=np.float32)
    norms = np.linalg.norm(arr, axis=1, keepdims=True)
    return arr / np.clip(norms, 1e-9, None)


def embed_chunks(chunks: list[dict]) -> dict:
    """taipy.core task: chunks -> embeddings ({"matrix": ndarray, "chunks": [...]})."""
    matrix = embed_texts([c["text"] for c in chunks])
    log.info("embedded %d chunks", len(chunks))
    return {"matrix": matrix, "chunks": chunks}


def top_k(index: dict, query_vec: np.ndarray, k: int = 5) -> list[dict]:
    if not index or index["matrix"].size == 0:
        return []
    scores = index["matrix"] @ query_vec
    best = np.argsort(-scores)[:k]
    return [index["chunks"][i] | {"score": float(scores[i])} for i in best]


def rerank_together(query: str, docs: list[str], top_n: int = 5) -> list[int]:
    resp = get_together_client().rerank.create(
        model="Salesforce/Llama-Rank-V1",
        query=query,
        documents=docs,
        top_n=top_n,
    )
    return [r.index for r in resp.results]
