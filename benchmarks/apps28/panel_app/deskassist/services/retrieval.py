"""Retrieval for the research-notes search: embedding backends, index, Cohere rerank.

The index was first built with OpenAI embeddings, then Cohere (better on the
analyst PDFs), and Gemini is being evaluated. ``EMBEDDERS`` picks by name.
"""
from __future__ import annotations

from typing import Callable, Sequence

import numpy as np

from deskassist.clients import get_client, get_cohere, get_genai_client
from deskassist.settings import settings

Vector = list[float]


def embed_openai(texts: Sequence[str], client=None) -> list[Vector]:
    client = client or get_client("openai")
    resp = client.embeddings.create(model=settings.embedding_model, input=list(texts))
    return [d.embedding for d in resp.data]


def embed_cohere(texts: Sequence[str], input_type: str = "search_document") -> list[Vector]:
    co = get_cohere()
    resp = co.embed(
        texts=list(texts),
        model=settings.cohere_embed_model,
        input_type=input_type,
        embedding_types=["float"],
    )
    return [list(v) for v in resp.embeddings.float_]


def embed_gemini(texts: Sequence[str], task_type: str = "RETRIEVAL_DOCUMENT") -> list[Vector]:
    from google.genai import types

    client = get_genai_client()
    result = client.models.embed_content(
        model="text-embedding-004",
        contents=list(texts),
        config=types.EmbedContentConfig(task_type=task_type),
    )
    return [e.values for e in result.embeddings]


EMBEDDERS: dict[str, Callable[..., list[Vector]]] = {
    "openai": embed_openai,
    "cohere": embed_cohere,
    "gemini": embed_gemini,
}


def cosine_top_k(query: Vector, matrix: np.ndarray, k: int = 5) -> list[tuple[int, float]]:
    q = np.asarray(query, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1) * (np.linalg.norm(q) or 1.0)
    sims = matrix @ q / np.where(norms == 0, 1.0, norms)
    idx = np.argsort(-sims)[:k]
    return [(int(i), float(sims[i])) for i in idx]


class NotesIndex:
    def __init__(self, backend: str = "cohere"):
        self.backend = backend
        self.docs: list[str] = []
        self.matrix: np.ndarray | None = None

    def add(self, docs: Sequence[str]) -> None:
        vectors = EMBEDDERS[self.backend](docs)
        block = np.asarray(vectors, dtype=np.float32)
        self.matrix = block if self.matrix is None else np.vstack([self.matrix, block])
        self.docs.extend(docs)

    def search(self, query: str, k: int = 8) -> list[tuple[str, float]]:
        if self.matrix is None:
            return []
        if self.backend == "cohere":
            qv = embed_cohere([query], input_type="search_query")[0]
        else:
            qv = EMBEDDERS[self.backend]([query])[0]
        return [(self.docs[i], s) for i, s in cosine_top_k(qv, self.matrix, k)]


def rerank(query: str, candidates: list[str], top_n: int = 5) -> list[tuple[str, float]]:
    if not candidates:
        return []
    co = get_cohere()
    res = co.rerank(
        model=settings.cohere_rerank_model,
        query=query,
        documents=candidates,
        top_n=min(top_n, len(candidates)),
    )
    return [(candidates[r.index], r.relevance_score) for r in res.results]


def token_budget(text: str) -> int:
    """Ask Cohere's tokenizer how long a note is (free endpoint)."""
    co = get_cohere()
    return len(co.tokenize(text=text, model=settings.cohere_chat_model).tokens)
