"""Semantic search over the docs tree: embeddings + Cohere rerank."""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

from llmtool.providers.registry import ProviderRegistry


@dataclass
class Chunk:
    path: str
    text: str
    vector: list[float]


def _cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class DocsIndex:
    def __init__(self, registry: ProviderRegistry, embed_model: str, rerank_model: str) -> None:
        self.registry = registry
        self.embed_model = embed_model
        self.rerank_model = rerank_model
        self.chunks: list[Chunk] = []

    def embed_texts(self, texts: list[str]) -> list[list[float]]:
        client = self.registry.get("openai")
        out: list[list[float]] = []
        for start in range(0, len(texts), 128):
            batch = texts[start : start + 128]
            resp = client.embeddings.create(model=self.embed_model, input=batch)
            out.extend(d.embedding for d in resp.data)
        return out

    def add(self, path: str, texts: list[str]) -> None:
        for text, vec in zip(texts, self.embed_texts(texts)):
            self.chunks.append(Chunk(path, text, vec))

    def search(self, query: str, k: int = 20, rerank_top: int = 5) -> list[Chunk]:
        [qvec] = self.embed_texts([query])
        candidates = sorted(self.chunks, key=lambda c: _cosine(qvec, c.vector), reverse=True)[:k]
        if not candidates:
            return []
        reranked = self.registry["cohere"].rerank(
            model=self.rerank_model,
            query=query,
            documents=[c.text for c in candidates],
            top_n=rerank_top,
        )
        return [candidates[r.index] for r in reranked.results]

    def save(self, path: Path) -> None:
        path.write_text(json.dumps([c.__dict__ for c in self.chunks]))

    @classmethod
    def load(cls, path: Path, registry: ProviderRegistry, embed_model: str, rerank_model: str) -> "DocsIndex":
        idx = cls(registry, embed_model, rerank_model)
        idx.chunks = [Chunk(**row) for row in json.loads(path.read_text())]
        return idx
