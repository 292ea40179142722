"""Voyage embeddings helper used for incident similarity.

Embeddings are cached in-process by text hash; the cache is small because
the gateway only keeps the last few hundred incidents around.
"""
from __future__ import annotations

import hashlib
import logging
import os
from collections import OrderedDict
from typing import Sequence

import voyageai

from gateway.services.clients import get_voyage_client

log = logging.getLogger(__name__)

_CACHE_MAX = 512


class IncidentEmbedder:
    def __init__(self, model: str = "voyage-3", client=None) -> None:
        self.model = model
        self._client = client or get_voyage_client()
        self._cache: OrderedDict[str, list[float]] = OrderedDict()

    @staticmethod
    def _key(text: str) -> str:
        return hashlib.sha1(text.encode("utf-8")).hexdigest()

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        missing = [t for t in texts if self._key(t) not in self._cache]
        if missing:
            result = self._client.embed(missing, model=self.model, input_type="document")
            log.debug("voyage embed: %d texts, %d tokens", len(missing), result.total_tokens)
            for text, vec in zip(missing, result.embeddings):
                self._cache[self._key(text)] = vec
                if len(self._cache) > _CACHE_MAX:
                    self._cache.popitem(last=False)
        return [self._cache[self._key(t)] for t in texts]

    def embed_query(self, text: str) -> list[float]:
        result = self._client.embed([text], model=self.model, input_type="query")
        return result.embeddings[0]

    def token_budget(self, texts: Sequence[str]) -> int:
        # local tokenizer, no request is billed
        return self._client.count_tokens(list(texts), model=self.model)


class AsyncIncidentEmbedder:
    """Async flavour for the backfill/reindex jobs (no cache)."""

    def __init__(self, model: str = "voyage-3") -> None:
        self.model = model
        self._client = voyageai.AsyncClient(api_key=os.environ.get("VOYAGE_API_KEY"))

    async def embed_many(self, texts: Sequence[str], batch: int = 64) -> list[list[float]]:
        out: list[list[float]] = []
        for i in range(0, len(texts), batch):
            res = await self._client.embed(list(texts[i : i + batch]), model=self.model, input_type="document")
            out.extend(res.embeddings)
        return out


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    num = sum(x * y for x, y in zip(a, b))
    da = sum(x * x for x in a) ** 0.5
    db = sum(y * y for y in b) ** 0.5
    return num / (da * db) if da and db else 0.0
