"""Long-term channel memory: pinned messages / FAQ snippets embedded with Together
and searched with a brute-force cosine scan (a few thousand docs per guild, fine).
Top hits get reranked before they go into the prompt.
"""
from __future__ import annotations

import json
import logging
import math
from typing import List, Optional, Sequence, Tuple

import redis.asyncio as aioredis

from shared.clients import get_together
from shared.config import TOGETHER_EMBED_MODEL, TOGETHER_RERANK_MODEL

log = logging.getLogger(__name__)


def _cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class ChannelMemory:
    def __init__(self, redis: aioredis.Redis, namespace: str):
        self.redis = redis
        self.namespace = namespace
        self.client = get_together()

    @property
    def _key(self) -> str:
        return f"mem:{self.namespace}"

    async def embed(self, texts: List[str]) -> List[List[float]]:
        resp = await self.client.embeddings.create(model=TOGETHER_EMBED_MODEL, input=texts)
        return [item.embedding for item in resp.data]

    async def remember(self, text: str, source: Optional[str] = None) -> None:
        [vector] = await self.embed([text])
        await self.redis.rpush(self._key, json.dumps({"text": text, "source": source, "v": vector}))

    async def _scan(self, query_vec: List[float], k: int) -> List[Tuple[float, dict]]:
        scored = []
        for raw in await self.redis.lrange(self._key, 0, -1):
            doc = json.loads(raw)
            scored.append((_cosine(query_vec, doc["v"]), doc))
        scored.sort(key=lambda pair: pair[0], reverse=True)
        return scored[:k]

    async def search(self, query: str, k: int = 4, candidates: int = 20) -> List[str]:
        [qvec] = await self.embed([query])
        hits = await self._scan(qvec, candidates)
        if not hits:
            return []
        docs = [doc["text"] for _, doc in hits]
        try:
            ranked = await self.client.rerank.create(
                model=TOGETHER_RERANK_MODEL,
                query=query,
                documents=docs,
                top_n=k,
            )
        except Exception:
            log.warning("rerank failed, using cosine order", exc_info=True)
            return docs[:k]
        return [docs[r.index] for r in ranked.results]
