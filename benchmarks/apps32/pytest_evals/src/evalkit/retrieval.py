"""Tiny retrieval layer: embeddings + optional rerank."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import List, Optional, Sequence

EMBED_MODEL = "text-embedding-3-small"
RERANK_MODEL = "rerank-english-v3.0"


def embed_texts(client, texts: Sequence[str], model: str = EMBED_MODEL) -> List[List[float]]:
    """``client`` is an ``openai.OpenAI``; batched to stay under the 2048 input limit."""
    out: List[List[float]] = []
    for start in range(0, len(texts), 512):
        batch = list(texts[start : start + 512])
        resp = client.embeddings.create(model=model, input=batch)
        out.extend(item.embedding for item in resp.data)
    return out


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


@dataclass
class Retriever:
    embedder: object  # openai.OpenAI
    reranker: Optional[object] = None  # cohere.ClientV2
    docs: List[str] = field(default_factory=list)
    _vectors: List[List[float]] = field(default_factory=list)

    def index(self, docs: Sequence[str]) -> None:
        self.docs = list(docs)
        self._vectors = embed_texts(self.embedder, self.docs)

    def search(self, query: str, k: int = 5) -> List[str]:
        qvec = embed_texts(self.embedder, [query])[0]
        scored = sorted(
            zip(self.docs, (cosine(qvec, v) for v in self._vectors)),
            key=lambda p: p[1],
            reverse=True,
        )
        candidates = [d for d, _ in scored[: k * 3]]
        if self.reranker is None:
            return candidates[:k]
        reranked = self.reranker.rerank(
            model=RERANK_MODEL, query=query, documents=candidates, top_n=k
        )
        return [candidates[r.index] for r in reranked.results]
