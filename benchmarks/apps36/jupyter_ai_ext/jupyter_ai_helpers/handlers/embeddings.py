"""Semantic search across the notebooks in the server root."""
from __future__ import annotations

import asyncio
import math
from typing import List

import tornado

from .. import config as cfg
from ..utils.notebook import iter_notebook_chunks
from .base import BaseAIHandler


def _cosine(a: List[float], b: List[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a)) or 1.0
    nb = math.sqrt(sum(y * y for y in b)) or 1.0
    return dot / (na * nb)


class EmbedSearchHandler(BaseAIHandler):
    _index = None  # class-level: shared by all requests of this server

    async def _embed(self, texts: List[str]) -> List[List[float]]:
        if "google" in self.clients and self.settings["ai_default_provider"] == "google":
            client = self.clients["google"]
            resp = await client.aio.models.embed_content(
                model=cfg.EMBEDDING_MODELS["google"], contents=texts
            )
            return [e.values for e in resp.embeddings]
        if self.settings["ai_default_provider"] == "ollama":
            resp = await self.clients["ollama"].embed(
                model=cfg.EMBEDDING_MODELS["ollama"], input=texts
            )
            return resp["embeddings"]
        openai_client = self.clients["openai"]
        out: List[List[float]] = []
        for start in range(0, len(texts), 96):
            batch = texts[start : start + 96]
            resp = await openai_client.embeddings.create(
                model=cfg.EMBEDDING_MODELS["openai"], input=batch
            )
            out.extend(d.embedding for d in resp.data)
        return out

    async def _build_index(self):
        root = self.settings.get("server_root_dir", ".")
        chunks = await asyncio.to_thread(lambda: list(iter_notebook_chunks(root)))
        vectors = await self._embed([c.text for c in chunks])
        EmbedSearchHandler._index = list(zip(chunks, vectors))

    @tornado.web.authenticated
    async def post(self):
        body = self.json_body()
        query = self.require(body, "query")
        if body.get("reindex") or EmbedSearchHandler._index is None:
            await self._build_index()
        [qvec] = await self._embed([query])
        scored = sorted(
            ((_cosine(qvec, vec), chunk) for chunk, vec in EmbedSearchHandler._index),
            key=lambda pair: pair[0],
            reverse=True,
        )[: int(body.get("k", 5))]
        self.finish(
            {
                "results": [
                    {"path": c.path, "cell": c.cell_index, "score": round(s, 4), "text": c.text[:300]}
                    for s, c in scored
                ]
            }
        )
