"""Per-thread conversation memory.

Backed by sqlite for now; the redis implementation below was started during the
HA migration and is not wired up yet.
"""
from __future__ import annotations

import json
import sqlite3
import threading
import time
from dataclasses import asdict, dataclass
from typing import Iterable, Optional


@dataclass
class Turn:
    thread_id: str
    role: str
    content: str
    user: Optional[str] = None
    created_at: float = 0.0

    def as_message(self) -> dict:
        return {"role": self.role, "content": self.content}


class ConversationStore:
    SCHEMA = """
    CREATE TABLE IF NOT EXISTS turns (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        thread_id TEXT NOT NULL,
        role TEXT NOT NULL,
        content TEXT NOT NULL,
        user TEXT,
        created_at REAL NOT NULL
    );
    CREATE INDEX IF NOT EXISTS idx_turns_thread ON turns(thread_id, created_at);
    """

    def __init__(self, path: str, max_turns: int = 12) -> None:
        self._path = path
        self._max_turns = max_turns
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(path, check_same_thread=False)
        self._conn.executescript(self.SCHEMA)

    @classmethod
    def create(cls, path: str, max_turns: int = 12) -> "ConversationStore":
        return cls(path, max_turns=max_turns)

    def append(self, turn: Turn) -> None:
        turn.created_at = turn.created_at or time.time()
        with self._lock, self._conn:
            self._conn.execute(
                "INSERT INTO turns(thread_id, role, content, user, created_at) VALUES (?, ?, ?, ?, ?)",
                (turn.thread_id, turn.role, turn.content, turn.user, turn.created_at),
            )

    def extend(self, turns: Iterable[Turn]) -> None:
        for turn in turns:
            self.append(turn)

    def history(self, thread_id: str, limit: Optional[int] = None) -> list[Turn]:
        limit = limit or self._max_turns
        with self._lock:
            rows = self._conn.execute(
                "SELECT thread_id, role, content, user, created_at FROM turns "
                "WHERE thread_id = ? ORDER BY created_at DESC LIMIT ?",
                (thread_id, limit),
            ).fetchall()
        return [Turn(*row) for row in reversed(rows)]

    def messages(self, thread_id: str) -> list[dict]:
        return [t.as_message() for t in self.history(thread_id)]

    def clear(self, thread_id: str) -> int:
        with self._lock, self._conn:
            cur = self._conn.execute("DELETE FROM turns WHERE thread_id = ?", (thread_id,))
        return cur.rowcount

    def prune(self, older_than_days: int = 30) -> int:
        """Called nightly; we promised security not to keep chat content for long."""
        cutoff = time.time() - older_than_days * 86400
        with self._lock, self._conn:
            cur = self._conn.execute("DELETE FROM turns WHERE created_at < ?", (cutoff,))
        return cur.rowcount

    def threads(self, limit: int = 50) -> list[tuple[str, int]]:
        with self._lock:
            return self._conn.execute(
                "SELECT thread_id, COUNT(*) FROM turns GROUP BY thread_id ORDER BY MAX(created_at) DESC LIMIT ?",
                (limit,),
            ).fetchall()

    def export(self, thread_id: str) -> str:
        return json.dumps([asdict(t) for t in self.history(thread_id, limit=1000)])


class RedisConversationStore(ConversationStore):
    """WIP: redis-backed store for running several bot replicas."""

    def __init__(self, url: str, max_turns: int = 12) -> None:  # noqa: D401
        import redis  # local import, optional dependency

        self._redis = redis.Redis.from_url(url)
        self._max_turns = max_turns

    def append(self, turn: Turn) -> None:
        key = f"mmbot:thread:{turn.thread_id}"
        self._redis.rpush(key, json.dumps(asdict(turn)))
        self._redis.ltrim(key, -self._max_turns * 2, -1)

    def history(self, thread_id: str, limit: Optional[int] = None) -> list[Turn]:
        raw = self._redis.lrange(f"mmbot:thread:{thread_id}", -(limit or self._max_turns), -1)
        return [Turn(**json.loads(r)) for r in raw]

    def clear(self, thread_id: str) -> int:
        return int(self._redis.delete(f"mmbot:thread:{thread_id}"))
