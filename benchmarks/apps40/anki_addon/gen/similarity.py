"""Duplicate detection and related-card search with Cohere embeddings."""
from __future__ import annotations

import math
from typing import List, Sequence, Tuple

from ..core import get_cohere_client
from ..core.config import get


def _cos(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class SimilarityIndex:
    def __init__(self, co=None) -> None:
        self.co = co or get_cohere_client()
        self.model = get("cohere_embed_model", "embed-english-v3.0")
        self.texts: List[str] = []
        self.vectors: List[List[float]] = []

    def _embed(self, texts: List[str], input_type: str) -> List[List[float]]:
        res = self.co.embed(
            texts=texts,
            model=self.model,
            input_type=input_type,
            embedding_types=["float"],
        )
        return res.embeddings.float_

    def add(self, texts: List[str]) -> None:
        for start in range(0, len(texts), 96):
            batch = texts[start : start + 96]
            self.vectors.extend(self._embed(batch, "search_document"))
            self.texts.extend(batch)

    def nearest(self, query: str, k: int = 5) -> List[Tuple[float, str]]:
        qv = self._embed([query], "search_query")[0]
        scored = [(_cos(qv, v), t) for v, t in zip(self.vectors, self.texts)]
        scored.sort(reverse=True)
        return scored[:k]

    def find_duplicates(self, threshold: float = 0.92) -> List[Tuple[str, str]]:
        dups = []
        for i in range(len(self.vectors)):
            for j in range(i + 1, len(self.vectors)):
                if _cos(self.vectors[i], self.vectors[j]) >= threshold:
                    dups.append((self.texts[i], self.texts[j]))
        return dups


def rerank_related(query: str, candidates: List[str], top_n: int = 5) -> List[str]:
    co = get_cohere_client()
    result = co.rerank(
        model=get("cohere_rerank_model", "rerank-english-v3.0"),
        query=query,
        documents=candidates,
        top_n=top_n,
    )
    return [candidates[r.index] for r in result.results]


def summarize_deck(texts: List[str]) -> str:
    co = get_cohere_client()
    resp = co.chat(
        model="command-r-plus",
        messages=[
            {"role": "user", "content": "Summarize the topics of these cards:\n" + "\n".join(texts[:200])}
        ],
    )
    return resp.message.content[0].text
