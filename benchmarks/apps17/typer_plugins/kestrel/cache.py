"""SQLite-backed store for the code-search index and small response caches."""
from __future__ import annotations

import hashlib
import json
import sqlite3
import struct
from pathlib import Path
from typing import Iterator, List, Optional, Sequence, Tuple

from kestrel.config import get_settings

_SCHEMA = """
CREATE TABLE IF NOT EXISTS chunks (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    digest TEXT NOT NULL,
    chunk TEXT NOT NULL,
    embedding BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_path ON chunks(path);
CREATE TABLE IF NOT EXISTS kv (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


def _pack(vec: Sequence[float]) -> bytes:
    return struct.pack(f"{len(vec)}f", *vec)


def _unpack(blob: bytes) -> List[float]:
    return list(struct.unpack(f"{len(blob) // 4}f", blob))


def digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class IndexStore:
    def __init__(self, path: Optional[Path] = None) -> None:
        self.path = path or get_settings().cache_dir / "index.sqlite3"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(self.path))
        self.db.executescript(_SCHEMA)

    def create(self, *, path: str, chunk: str, embedding: Sequence[float]) -> int:
        cur = self.db.execute(
            "INSERT INTO chunks(path, digest, chunk, embedding) VALUES (?, ?, ?, ?)",
            (path, digest(chunk), chunk, _pack(embedding)),
        )
        return int(cur.lastrowid)

    def known_digests(self, path: str) -> set:
        return {row[0] for row in self.db.execute("SELECT digest FROM chunks WHERE path = ?", (path,))}

    def delete_path(self, path: str) -> None:
        self.db.execute("DELETE FROM chunks WHERE path = ?", (path,))

    def all_chunks(self) -> Iterator[Tuple[str, str, List[float]]]:
        for path, chunk, blob in self.db.execute("SELECT path, chunk, embedding FROM chunks"):
            yield path, chunk, _unpack(blob)

    def get(self, key: str) -> Optional[dict]:
        row = self.db.execute("SELECT value FROM kv WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else None

    def put(self, key: str, value: dict) -> None:
        self.db.execute("INSERT OR REPLACE INTO kv(key, value) VALUES (?, ?)", (key, json.dumps(value)))

    def commit(self) -> None:
        self.db.commit()

    def close(self) -> None:
        self.db.commit()
        self.db.close()
