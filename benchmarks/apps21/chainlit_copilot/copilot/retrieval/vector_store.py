"""Tiny sqlite-backed vector store. Good enough for ~200k chunks; swap for pgvector later."""
from __future__ import annotations

import json
import math
import sqlite3
import threading
from dataclasses import dataclass
from typing import Iterable, Optional

from copilot.config import settings


@dataclass
class Chunk:
    id: str
    collection: str
    title: str
    text: str
    page: Optional[int]
    vector: list[float]


def _cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a)) or 1.0
    nb = math.sqrt(sum(y * y for y in b)) or 1.0
    return dot / (na * nb)


class VectorStore:
    def __init__(self, path: str) -> None:
        self._conn = sqlite3.connect(path, check_same_thread=False)
        self._lock = threading.Lock()

    @classmethod
    def create(cls, path: str | None = None) -> "VectorStore":
        store = cls(path or settings.vector_db_path)
        store._conn.execute(
            """CREATE TABLE IF NOT EXISTS chunks (
                 id TEXT PRIMARY KEY, collection TEXT, title TEXT, text TEXT, page INTEGER, vector TEXT)"""
        )
        return store

    def add(self, chunks: Iterable[Chunk]) -> int:
        rows = [(c.id, c.collection, c.title, c.text, c.page, json.dumps(c.vector)) for c in chunks]
        with self._lock, self._conn:
            self._conn.executemany("INSERT OR REPLACE INTO chunks VALUES (?,?,?,?,?,?)", rows)
        return len(rows)

    def search(self, collection: str, query_vector: list[float], k: int = 20) -> list[Chunk]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT id, collection, title, text, page, vector FROM chunks WHERE collection = ?",
                (collection,),
            ).fetchall()
        scored = []
        for row in rows:
            vec = json.loads(row[5])
            scored.append((_cosine(query_vector, vec), Chunk(row[0], row[1], row[2], row[3], row[4], vec)))
        scored.sort(key=lambda t: t[0], reverse=True)
        return [c for _, c in scored[:k]]

    def delete_collection(self, collection: str) -> None:
        with self._lock, self._conn:
            self._conn.execute("DELETE FROM chunks WHERE collection = ?", (collection,))


_store: Optional[VectorStore] = None


def get_store() -> VectorStore:
    global _store
    if _store is None:
        _store = VectorStore.create()
    return _store
