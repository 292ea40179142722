"""Keeps the vector index in sync with documents published on the router."""
from __future__ import annotations

import logging

import numpy as np

log = logging.getLogger(__name__)


class Indexer:
    def __init__(self, cohere_client, session, batch_size: int = 48) -> None:
        self.cohere = cohere_client
        self.session = session
        self.batch_size = batch_size
        self.pending: list[dict] = []

    async def on_document(self, doc: dict):
        self.pending.append(doc)
        if len(self.pending) >= self.batch_size:
            await self.flush()

    async def flush(self) -> int:
        if not self.pending:
            return 0
        docs, self.pending = self.pending, []
        resp = await self.cohere.embed(
            texts=[d["text"][:4000] for d in docs],
            model="embed-multilingual-v3.0",
            input_type="search_document",
            embedding_types=["float"],
        )
        vectors = np.asarray(resp.embeddings.float_, dtype=np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        for doc, vec in zip(docs, vectors):
            await self.session.call("com.app.vectors.upsert", doc["id"], vec.tolist())
        log.info("indexed %d documents", len(docs))
        return len(docs)
