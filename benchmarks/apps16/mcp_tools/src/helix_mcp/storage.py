"""SQLite-backed stores.

Both databases are tiny and local to the server host, so plain sqlite3 with
``asyncio.to_thread`` is plenty.
"""
from __future__ import annotations

import asyncio
import json
import sqlite3
import threading
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, List, Optional, Sequence

import numpy as np

from helix_mcp.models import DocHit

_TICKETS_SCHEMA = """
CREATE TABLE IF NOT EXISTS tickets (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    team TEXT NOT NULL,
    priority TEXT NOT NULL,
    labels TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL
)
"""

_CHUNKS_SCHEMA = """
CREATE TABLE IF NOT EXISTS chunks (
    doc_id TEXT NOT NULL,
    chunk_id INTEGER NOT NULL,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    embedding BLOB NOT NULL,
    PRIMARY KEY (doc_id, chunk_id)
);
CREATE VIRTUAL TABLE IF NOT EXISTS chunks_fts USING fts5(doc_id, chunk_id UNINDEXED, title, text);
"""


def _connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    return conn


class TicketStore:
    def __init__(self, path: Path):
        self._conn = _connect(path)
        self._conn.execute(_TICKETS_SCHEMA)
        self._lock = threading.Lock()

    def _insert(self, title: str, body: str, team: str, priority: str, labels: Sequence[str]) -> int:
        with self._lock, self._conn:
            cur = self._conn.execute(
                "INSERT INTO tickets (title, body, team, priority, labels, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (title, body, team, priority, json.dumps(list(labels)), datetime.now(timezone.utc).isoformat()),
            )
            return int(cur.lastrowid)

    async def create(self, *, title: str, body: str, team: str, priority: str, labels: Sequence[str] = ()) -> int:
        return await asyncio.to_thread(self._insert, title, body, team, priority, labels)

    async def recent(self, team: str, limit: int = 20) -> List[dict]:
        def _q():
            rows = self._conn.execute(
                "SELECT * FROM tickets WHERE team = ? ORDER BY id DESC LIMIT ?", (team, limit)
            ).fetchall()
            return [dict(r) for r in rows]

        return await asyncio.to_thread(_q)

    def close(self) -> None:
        self._conn.close()


class ChunkStore:
    def __init__(self, path: Path):
        self._conn = _connect(path)
        self._conn.executescript(_CHUNKS_SCHEMA)
        self._lock = threading.Lock()
        self._matrix: Optional[np.ndarray] = None
        self._keys: List[tuple] = []

    def write_chunks(self, hits: Iterable[DocHit], vectors: Sequence[Sequence[float]]) -> None:
        rows = []
        fts_rows = []
        for hit, vec in zip(hits, vectors):
            blob = np.asarray(vec, dtype=np.float32).tobytes()
            rows.append((hit.doc_id, hit.chunk_id, hit.title, hit.text, blob))
            fts_rows.append((hit.doc_id, hit.chunk_id, hit.title, hit.text))
        with self._lock, self._conn:
            self._conn.executemany("INSERT OR REPLACE INTO chunks VALUES (?, ?, ?, ?, ?)", rows)
            self._conn.executemany("INSERT INTO chunks_fts VALUES (?, ?, ?, ?)", fts_rows)
            self._matrix = None

    def _load_matrix(self) -> np.ndarray:
        if self._matrix is None:
            rows = self._conn.execute("SELECT doc_id, chunk_id, embedding FROM chunks").fetchall()
            self._keys = [(r["doc_id"], r["chunk_id"]) for r in rows]
            mat = np.vstack([np.frombuffer(r["embedding"], dtype=np.float32) for r in rows]) if rows else np.zeros((0, 1))
            norms = np.linalg.norm(mat, axis=1, keepdims=True)
            self._matrix = mat / np.clip(norms, 1e-9, None)
        return self._matrix

    def _hit(self, doc_id: str, chunk_id: int, score: float) -> DocHit:
        r = self._conn.execute(
            "SELECT title, text FROM chunks WHERE doc_id = ? AND chunk_id = ?", (doc_id, chunk_id)
        ).fetchone()
        return DocHit(doc_id=doc_id, chunk_id=chunk_id, title=r["title"], text=r["text"], score=score)

    def nearest(self, query_vec: Sequence[float], limit: int) -> List[DocHit]:
        mat = self._load_matrix()
        if not len(self._keys):
            return []
        q = np.asarray(query_vec, dtype=np.float32)
        q = q / max(float(np.linalg.norm(q)), 1e-9)
        scores = mat @ q
        order = np.argsort(-scores)[:limit]
        return [self._hit(*self._keys[i], score=float(scores[i])) for i in order]

    def fts(self, query: str, limit: int) -> List[DocHit]:
        terms = " OR ".join(t for t in query.replace('"', " ").split() if len(t) > 2) or query
        rows = self._conn.execute(
            "SELECT doc_id, chunk_id, title, text, bm25(chunks_fts) AS rank FROM chunks_fts "
            "WHERE chunks_fts MATCH ? ORDER BY rank LIMIT ?",
            (terms, limit),
        ).fetchall()
        return [
            DocHit(doc_id=r["doc_id"], chunk_id=int(r["chunk_id"]), title=r["title"], text=r["text"], score=-r["rank"])
            for r in rows
        ]

    def clear(self) -> None:
        with self._lock, self._conn:
            self._conn.execute("DELETE FROM chunks")
            self._conn.execute("DELETE FROM chunks_fts")
            self._matrix = None
