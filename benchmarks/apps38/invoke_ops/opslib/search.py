"""Semantic search over runbooks and past incidents (OpenAI embeddings)."""
from __future__ import annotations

import asyncio
import math
from dataclasses import dataclass

from opslib.clients import get_openai
from opslib.config import load_settings


@dataclass
class Hit:
    key: str
    score: float


def _cos(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class RunbookIndex:
    def __init__(self, docs: dict[str, str], model: str | None = None) -> None:
        self.docs = docs
        self.model = model or load_settings().openai_embedding_model
        self.vectors: dict[str, list[float]] = {}

    async def build(self) -> None:
        keys = list(self.docs)
        client = get_openai()
        resp = await asyncio.to_thread(
            client.embeddings.create,
            model=self.model,
            input=[self.docs[k][:8000] for k in keys],
        )
        self.vectors = {k: d.embedding for k, d in zip(keys, resp.data)}

    async def query(self, text: str, k: int = 3) -> list[Hit]:
        resp = await asyncio.to_thread(get_openai().embeddings.create, model=self.model, input=[text])
        q = resp.data[0].embedding
        hits = [Hit(key, _cos(q, vec)) for key, vec in self.vectors.items()]
        return sorted(hits, key=lambda h: -h.score)[:k]
