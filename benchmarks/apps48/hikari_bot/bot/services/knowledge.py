"""Tiny in-memory semantic search over the community FAQ, backed by Cohere."""
from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


@dataclass
class Entry:
    id: str
    title: str
    body: str
    url: str | None = None
    vector: list[float] | None = None


def _cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class KnowledgeBase:
    def __init__(self, co: Any, model: str, rerank_model: str = "rerank-english-v3.0") -> None:
        self.co = co
        self.model = model
        self.rerank_model = rerank_model
        self.entries: list[Entry] = []

    async def load(self, path: str) -> None:
        p = Path(path)
        if not p.exists():
            raise FileNotFoundError(path)
        rows = [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
        self.entries = [Entry(**{k: r.get(k) for k in ("id", "title", "body", "url", "vector")}) for r in rows]
        missing = [e for e in self.entries if not e.vector]
        if missing:
            await self._embed_entries(missing)
        log.info("knowledge base: %d entries (%d embedded now)", len(self.entries), len(missing))

    async def _embed_entries(self, entries: list[Entry]) -> None:
        for start in range(0, len(entries), 96):
            batch = entries[start : start + 96]
            resp = await self.co.embed(
                texts=[f"{e.title}\n{e.body}" for e in batch],
                model=self.model,
                input_type="search_document",
                embedding_types=["float"],
            )
            for entry, vec in zip(batch, resp.embeddings.float_):
                entry.vector = list(vec)

    async def search(self, query: str, k: int = 5) -> list[tuple[Entry, float]]:
        if not self.entries:
            return []
        q = await self.co.embed(
            texts=[query], model=self.model, input_type="search_query", embedding_types=["float"]
        )
        qv = list(q.embeddings.float_[0])
        scored = sorted(((e, _cosine(qv, e.vector or [])) for e in self.entries), key=lambda t: -t[1])
        candidates = scored[: k * 4]
        reranked = await self.co.rerank(
            model=self.rerank_model,
            query=query,
            documents=[f"{e.title}\n{e.body}" for e, _ in candidates],
            top_n=k,
        )
        return [(candidates[r.index][0], r.relevance_score) for r in reranked.results]
