"""Per-guild FAQ with embedding search.

Vectors are stored as JSON in sqlite; guilds have at most a few hundred entries so we
just load them and do the cosine in numpy.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import List, Optional

import numpy as np

from bot.ai.clients import MissingCredentials, get_ollama, get_openai
from bot.config import settings
from bot.db.store import Store
from bot.utils import chunked

log = logging.getLogger(__name__)


@dataclass
class FaqHit:
    entry_id: int
    question: str
    answer: str
    score: float


class FaqIndex:
    def __init__(self, store: Store) -> None:
        self._store = store
        try:
            self._openai = get_openai()
        except MissingCredentials:
            log.warning("no OpenAI key: FAQ search will use local embeddings")
            self._openai = None
        self._ollama = get_ollama()

    @property
    def model_name(self) -> str:
        return settings.models.embedding if self._openai else settings.models.local_embedding

    async def embed(self, texts: List[str]) -> List[List[float]]:
        vectors: List[List[float]] = []
        for batch in chunked(texts, 96):
            if self._openai is not None:
                resp = await self._openai.embeddings.create(
                    model=settings.models.embedding,
                    input=list(batch),
                )
                vectors.extend(d.embedding for d in sorted(resp.data, key=lambda d: d.index))
            else:
                resp = await self._ollama.embed(model=settings.models.local_embedding, input=list(batch))
                vectors.extend(resp.embeddings)
        return vectors

    async def add(self, guild_id: int, question: str, answer: str, author_id: int) -> int:
        entry_id = await self._store.faq.add(guild_id, question, answer, author_id)
        [vector] = await self.embed([f"{question}\n{answer}"])
        await self._store.faq.set_embedding(entry_id, vector, self.model_name)
        await self._store.conn.commit()
        return entry_id

    async def search(self, guild_id: int, query: str, k: int = 3, min_score: float = 0.35) -> List[FaqHit]:
        rows = [r for r in await self._store.faq.for_guild(guild_id) if r["embedding"]]
        # entries embedded with another model are not comparable; skip them until backfilled
        rows = [r for r in rows if r["embed_model"] == self.model_name]
        if not rows:
            return []
        [qvec] = await self.embed([query])
        matrix = np.array([json.loads(r["embedding"]) for r in rows], dtype=np.float32)
        q = np.array(qvec, dtype=np.float32)
        scores = matrix @ q / (np.linalg.norm(matrix, axis=1) * np.linalg.norm(q) + 1e-9)
        order = np.argsort(-scores)[:k]
        return [
            FaqHit(rows[i]["id"], rows[i]["question"], rows[i]["answer"], float(scores[i]))
            for i in order
            if scores[i] >= min_score
        ]


_index: Optional[FaqIndex] = None


def get_faq_index(store: Store) -> FaqIndex:
    global _index
    if _index is None:
        _index = FaqIndex(store)
    return _index
