"""Persistence for notes. Plain sqlite, no ORM."""

from __future__ import annotations

import abc
import datetime as dt
import json
import sqlite3
import struct
from typing import Iterator

from notes_app.domain.models import Link, Note


def _pack(vec: list[float]) -> bytes:
    return struct.pack(f"{len(vec)}f", *vec)


def _unpack(blob: bytes) -> list[float]:
    return list(struct.unpack(f"{len(blob) // 4}f", blob))


class NoteRepository(abc.ABC):
    @abc.abstractmethod
    def get(self, note_id: int) -> Note | None: ...

    @abc.abstractmethod
    def create(self, title: str, body: str, tags: list[str] | None = None) -> Note: ...

    @abc.abstractmethod
    def update(self, note: Note) -> Note: ...

    @abc.abstractmethod
    def list(self, limit: int = 50, offset: int = 0) -> list[Note]: ...

    @abc.abstractmethod
    def changed_since(self, since: dt.datetime) -> list[Note]: ...

    @abc.abstractmethod
    def save_embedding(self, note_id: int, vec: list[float]) -> None: ...

    @abc.abstractmethod
    def iter_embeddings(self) -> Iterator[tuple[Note, list[float]]]: ...

    @abc.abstractmethod
    def add_link(self, link: Link) -> None: ...

    @abc.abstractmethod
    def delete(self, note_id: int) -> bool: ...

    @abc.abstractmethod
    def by_tag(self, tag: str) -> list[Note]: ...

    def stats(self) -> dict[str, int]:
        return {}


class SqliteNoteRepository(NoteRepository):
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def _row(self, r: sqlite3.Row) -> Note:
        return Note(
            id=r["id"],
            title=r["title"],
            body=r["body"],
            tags=json.loads(r["tags"] or "[]"),
            summary=r["summary"],
            created_at=dt.datetime.fromisoformat(r["created_at"]),
            updated_at=dt.datetime.fromisoformat(r["updated_at"]) if r["updated_at"] else None,
        )

    def get(self, note_id: int) -> Note | None:
        r = self.conn.execute("SELECT * FROM notes WHERE id = ?", (note_id,)).fetchone()
        return self._row(r) if r else None

    def create(self, title: str, body: str, tags: list[str] | None = None) -> Note:
        now = dt.datetime.now(dt.UTC).isoformat()
        cur = self.conn.execute(
            "INSERT INTO notes (title, body, tags, created_at) VALUES (?, ?, ?, ?)",
            (title, body, json.dumps(tags or []), now),
        )
        self.conn.commit()
        return self.get(cur.lastrowid)  # type: ignore[return-value]

    def update(self, note: Note) -> Note:
        self.conn.execute(
            "UPDATE notes SET title=?, body=?, tags=?, summary=?, updated_at=? WHERE id=?",
            (
                note.title,
                note.body,
                json.dumps(note.tags),
                note.summary,
                dt.datetime.now(dt.UTC).isoformat(),
                note.id,
            ),
        )
        self.conn.commit()
        return note

    def list(self, limit: int = 50, offset: int = 0) -> list[Note]:
        rows = self.conn.execute(
            "SELECT * FROM notes ORDER BY created_at DESC LIMIT ? OFFSET ?", (limit, offset)
        ).fetchall()
        return [self._row(r) for r in rows]

    def changed_since(self, since: dt.datetime) -> list[Note]:
        rows = self.conn.execute(
            "SELECT * FROM notes WHERE COALESCE(updated_at, created_at) >= ?",
            (since.isoformat(),),
        ).fetchall()
        return [self._row(r) for r in rows]

    def save_embedding(self, note_id: int, vec: list[float]) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO embeddings (note_id, vec) VALUES (?, ?)",
            (note_id, _pack(vec)),
        )
        self.conn.commit()

    def iter_embeddings(self) -> Iterator[tuple[Note, list[float]]]:
        rows = self.conn.execute(
            "SELECT n.*, e.vec FROM notes n JOIN embeddings e ON e.note_id = n.id"
        )
        for r in rows:
            yield self._row(r), _unpack(r["vec"])

    def add_link(self, link: Link) -> None:
        self.conn.execute(
            "INSERT OR IGNORE INTO links (source_id, target_id, reason) VALUES (?, ?, ?)",
            (link.source_id, link.target_id, link.reason),
        )
        self.conn.commit()


    def delete(self, note_id: int) -> bool:
        cur = self.conn.execute("DELETE FROM notes WHERE id = ?", (note_id,))
        self.conn.execute("DELETE FROM embeddings WHERE note_id = ?", (note_id,))
        self.conn.execute(
            "DELETE FROM links WHERE source_id = ? OR target_id = ?", (note_id, note_id)
        )
        self.conn.commit()
        return cur.rowcount > 0

    def by_tag(self, tag: str) -> list[Note]:
        # tags are a JSON array; LIKE is good enough at our sizes
        rows = self.conn.execute(
            "SELECT * FROM notes WHERE tags LIKE ? ORDER BY created_at DESC",
            (f'%"{tag}"%',),
        ).fetchall()
        return [n for n in (self._row(r) for r in rows) if tag in n.tags]

    def stats(self) -> dict[str, int]:
        def scalar(sql: str) -> int:
            return int(self.conn.execute(sql).fetchone()[0])

        return {
            "notes": scalar("SELECT COUNT(*) FROM notes"),
            "embedded": scalar("SELECT COUNT(*) FROM embeddings"),
            "links": scalar("SELECT COUNT(*) FROM links"),
            "summarized": scalar("SELECT COUNT(*) FROM notes WHERE summary IS NOT NULL"),
        }


SCHEMA = """
CREATE TABLE IF NOT EXISTS notes (
    id INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL,
    tags TEXT, summary TEXT, created_at TEXT NOT NULL, updated_at TEXT
);
CREATE TABLE IF NOT EXISTS embeddings (note_id INTEGER PRIMARY KEY, vec BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS links (
    source_id INTEGER, target_id INTEGER, reason TEXT, PRIMARY KEY (source_id, target_id)
);
"""


def init_schema(conn: sqlite3.Connection) -> None:
    conn.executescript(SCHEMA)
