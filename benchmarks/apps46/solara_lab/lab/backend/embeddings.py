"""Semantic search over column names/descriptions across loaded datasets."""
from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

import numpy as np
from openai import OpenAI

from lab.backend.clients import get_async_openai_client, get_openai_client

EMBED_MODEL = "text-embedding-3-small"


@dataclass
class ColumnIndex:
    keys: list[str] = field(default_factory=list)
    vectors: np.ndarray | None = None

    def __post_init__(self) -> None:
        self._client = get_openai_client()

    def _embed(self, texts: list[str]) -> np.ndarray:
        res = self._client.embeddings.create(model=EMBED_MODEL, input=texts)
        return np.array([d.embedding for d in res.data], dtype=np.float32)

    def build(self, docs: dict[str, str]) -> None:
        self.keys = list(docs)
        if not self.keys:
            self.vectors = None
            return
        self.vectors = self._embed([docs[k] for k in self.keys])

    def search(self, query: str, k: int = 5) -> list[tuple[str, float]]:
        if self.vectors is None:
            return []
        q = self._embed([query])[0]
        sims = self.vectors @ q / (np.linalg.norm(self.vectors, axis=1) * np.linalg.norm(q) + 1e-9)
        order = np.argsort(-sims)[:k]
        return [(self.keys[i], float(sims[i])) for i in order]


async def embed_many(texts: list[str], batch: int = 256) -> list[list[float]]:
    client = get_async_openai_client()
    out: list[list[float]] = []
    for i in range(0, len(texts), batch):
        res = await client.embeddings.create(model=EMBED_MODEL, input=texts[i : i + batch])
        out.extend(d.embedding for d in res.data)
    return out


async def embed_in_thread(texts: list[str]) -> list[list[float]]:
    """Used from Solara's use_thread callbacks where no event loop is running."""
    client = OpenAI()
    res = await asyncio.to_thread(client.embeddings.create, model=EMBED_MODEL, input=texts)
    return [d.embedding for d in res.data]


def available_embedding_models() -> list[str]:
    return [m.id for m in get_openai_client().models.list() if "embedding" in m.id]
