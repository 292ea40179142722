"""Tiny embedding store (sqlite + numpy, brute-force cosine).

Fine for a few thousand remembered messages; don't grow this further, move to
sqlite-vec if needed.
"""
from __future__ import annotations

import asyncio
import sqlite3

import numpy as np

from config import settings
from core.clients import get_openai_client, get_sync_openai_client

DIM = 1536


class EmbeddingStore:
    def __init__(self, path: str, model: str) -> None:
        self.model = model
        self.db = sqlite3.connect(path, check_same_thread=False)
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS memories (chat_id INTEGER, msg_id INTEGER, text TEXT, vec BLOB,"
            " PRIMARY KEY (chat_id, msg_id))"
        )

    async def _embed_batch(self, texts: list[str]) -> np.ndarray:
        # the sync client in a thread: the async one was dropping connections
        # under telethon's loop on long batches (see #41)
        client = get_sync_openai_client()
        resp = await asyncio.to_thread(
            client.embeddings.create,
            model=self.model,
            input=texts,
        )
        return np.array([d.embedding for d in resp.data], dtype=np.float32)

    async def _embed_query(self, text: str) -> np.ndarray:
        resp = await get_openai_client().embeddings.create(model=self.model, input=[text])
        return np.array(resp.data[0].embedding, dtype=np.float32)

    async def add(self, items: list[tuple[int, int, str]]) -> int:
        if not items:
            return 0
        vecs = await self._embed_batch([t for _, _, t in items])
        rows = [(c, m, t, v.tobytes()) for (c, m, t), v in zip(items, vecs)]
        self.db.executemany("INSERT OR REPLACE INTO memories VALUES (?, ?, ?, ?)", rows)
        self.db.commit()
        return len(rows)

    def _all(self) -> tuple[list[tuple[int, int, str]], np.ndarray]:
        meta, vecs = [], []
        for chat_id, msg_id, text, blob in self.db.execute("SELECT chat_id, msg_id, text, vec FROM memories"):
            meta.append((chat_id, msg_id, text))
            vecs.append(np.frombuffer(blob, dtype=np.float32))
        if not vecs:
            return [], np.zeros((0, DIM), dtype=np.float32)
        return meta, np.vstack(vecs)

    async def search(self, query: str, k: int = 5) -> list[tuple[float, int, int, str]]:
        meta, matrix = self._all()
        if not meta:
            return []
        q = await self._embed_query(query)
        sims = matrix @ q / (np.linalg.norm(matrix, axis=1) * np.linalg.norm(q) + 1e-9)
        top = np.argsort(-sims)[:k]
        return [(float(sims[i]), *meta[i]) for i in top]


store = EmbeddingStore(settings.db_path, settings.embedding_model)
