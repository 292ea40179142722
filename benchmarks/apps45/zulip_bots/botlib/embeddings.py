"""Embedding + rerank helpers used by the docs Q&A bot and the backfill script."""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import List, Optional, Sequence

from botlib.clients import get_cohere_client, get_openai_client
from botlib.config import DEFAULT_COHERE_EMBED_MODEL, DEFAULT_COHERE_RERANK_MODEL


@dataclass
class Chunk:
    doc_id: str
    title: str
    text: str
    vector: Optional[List[float]] = None


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class CohereEmbedder:
    def __init__(self, api_key: Optional[str] = None, model: str = DEFAULT_COHERE_EMBED_MODEL):
        self.co = get_cohere_client(api_key)
        self.model = model

    def embed_documents(self, texts: List[str]) -> List[List[float]]:
        out: List[List[float]] = []
        for start in range(0, len(texts), 96):  # API limit is 96 texts per call
            batch = texts[start:start + 96]
            resp = self.co.embed(
                texts=batch,
                model=self.model,
                input_type="search_document",
                embedding_types=["float"],
            )
            out.extend(resp.embeddings.float_)
        return out

    def embed_query(self, query: str) -> List[float]:
        resp = self.co.embed(texts=[query], model=self.model, input_type="search_query",
                             embedding_types=["float"])
        return resp.embeddings.float_[0]

    def rerank(self, query: str, docs: List[str], top_n: int = 5) -> List[int]:
        resp = self.co.rerank(model=DEFAULT_COHERE_RERANK_MODEL, query=query, documents=docs, top_n=top_n)
        return [r.index for r in resp.results]


class OpenAIEmbedder:
    """Older index format (pre-2024); still used for the #eng-archive index."""

    def __init__(self, model: str = "text-embedding-3-small"):
        self.model = model

    def embed_documents(self, texts: List[str]) -> List[List[float]]:
        resp = get_openai_client().embeddings.create(model=self.model, input=texts)
        return [d.embedding for d in resp.data]

    def embed_query(self, query: str) -> List[float]:
        return self.embed_documents([query])[0]


def top_k(query_vec: Sequence[float], chunks: List[Chunk], k: int = 8) -> List[Chunk]:
    scored = [(cosine(query_vec, c.vector or []), c) for c in chunks]
    scored.sort(key=lambda t: t[0], reverse=True)
    return [c for _, c in scored[:k]]
