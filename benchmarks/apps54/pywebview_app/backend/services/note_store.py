"""SQLite-backed note storage. Embeddings are stored as float32 blobs."""
from __future__ import annotations

import sqlite3
import threading
import time
import uuid
from array import array
from dataclasses import dataclass, field
from pathlib import Path

from backend.settings import config_dir


@dataclass
class Note:
    id: str
    title: str
    body: str
    tags: list[str] = field(default_factory=list)
    source_url: str | None = None
    created: float = field(default_factory=time.time)
    updated: float = field(default_factory=time.time)

    def to_dict(self) -> dict:
        return {
            "id": self.id, "title": self.title, "body": self.body, "tags": self.tags,
            "source_url": self.source_url, "created": self.created, "updated": self.updated,
        }


class NoteStore:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or (config_dir() / "notes.sqlite")
        self._local = threading.local()
        self._init()

    @property
    def conn(self) -> sqlite3.Connection:
        # pywebview calls js_api methods from different threads
        if not hasattr(self._local, "conn"):
            self._local.conn = sqlite3.connect(self.path)
            self._local.conn.row_factory = sqlite3.Row
        return self._local.conn

    def _init(self) -> None:
        self.conn.executescript(
            """
            CREATE TABLE IF NOT EXISTS notes (id TEXT PRIMARY KEY, title TEXT, body TEXT,
                tags TEXT, source_url TEXT, created REAL, updated REAL);
            CREATE TABLE IF NOT EXISTS embeddings (note_id TEXT PRIMARY KEY, model TEXT, vec BLOB);
            """
        )

    def create(self, title: str, body: str, source_url: str | None = None) -> Note:
        note = Note(id=uuid.uuid4().hex, title=title, body=body, source_url=source_url)
        self.conn.execute(
            "INSERT INTO notes VALUES (?, ?, ?, ?, ?, ?, ?)",
            (note.id, note.title, note.body, "", note.source_url, note.created, note.updated),
        )
        self.conn.commit()
        return note

    def get(self, note_id: str) -> Note | None:
        row = self.conn.execute("SELECT * FROM notes WHERE id = ?", (note_id,)).fetchone()
        return self._row(row) if row else None

    def all(self) -> list[Note]:
        return [self._row(r) for r in self.conn.execute("SELECT * FROM notes ORDER BY updated DESC")]

    def update(self, note_id: str, **fields) -> None:
        if "tags" in fields:
            fields["tags"] = ",".join(fields["tags"])
        fields["updated"] = time.time()
        cols = ", ".join(f"{k} = ?" for k in fields)
        self.conn.execute(f"UPDATE notes SET {cols} WHERE id = ?", (*fields.values(), note_id))
        self.conn.commit()

    def delete(self, note_id: str) -> None:
        self.conn.execute("DELETE FROM notes WHERE id = ?", (note_id,))
        self.conn.execute("DELETE FROM embeddings WHERE note_id = ?", (note_id,))
        self.conn.commit()

    def all_tags(self) -> list[str]:
        tags: set[str] = set()
        for (raw,) in self.conn.execute("SELECT tags FROM notes"):
            tags.update(t for t in (raw or "").split(",") if t)
        return sorted(tags)

    def save_embedding(self, note_id: str, model: str, vec: list[float]) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO embeddings VALUES (?, ?, ?)",
            (note_id, model, array("f", vec).tobytes()),
        )
        self.conn.commit()

    def embeddings(self, model: str) -> dict[str, list[float]]:
        out = {}
        for note_id, blob in self.conn.execute(
            "SELECT note_id, vec FROM embeddings WHERE model = ?", (model,)
        ):
            a = array("f")
            a.frombytes(blob)
            out[note_id] = a.tolist()
        return out

    def missing_embeddings(self, model: str) -> list[Note]:
        rows = self.conn.execute(
            "SELECT n.* FROM notes n LEFT JOIN embeddings e ON e.note_id = n.id AND e.model = ?"
            " WHERE e.note_id IS NULL", (model,)
        )
        return [self._row(r) for r in rows]

    @staticmethod
    def _row(row: sqlite3.Row) -> Note:
        return Note(
            id=row["id"], title=row["title"], body=row["body"],
            tags=[t for t in (row["tags"] or "").split(",") if t],
            source_url=row["source_url"], created=row["created"], updated=row["updated"],
        )


_WIKILINK = __import__("re").compile(r"\[\[([^\]|]+)(?:\|[^\]]*)?\]\]")


class LinkIndex:
    """[[Wiki links]] between notes, rebuilt on demand. Cheap enough for a few thousand notes."""

    def __init__(self, store: NoteStore) -> None:
        self.store = store
        self._forward: dict[str, set[str]] = {}
        self._backward: dict[str, set[str]] = {}

    def rebuild(self) -> None:
        by_title = {n.title.lower(): n.id for n in self.store.all()}
        self._forward.clear()
        self._backward.clear()
        for note in self.store.all():
            targets = {by_title[t.strip().lower()] for t in _WIKILINK.findall(note.body)
                       if t.strip().lower() in by_title}
            self._forward[note.id] = targets
            for t in targets:
                self._backward.setdefault(t, set()).add(note.id)

    def links_from(self, note_id: str) -> list[str]:
        return sorted(self._forward.get(note_id, ()))

    def backlinks(self, note_id: str) -> list[str]:
        return sorted(self._backward.get(note_id, ()))

    def orphans(self) -> list[str]:
        linked = set(self._backward) | {k for k, v in self._forward.items() if v}
        return [n.id for n in self.store.all() if n.id not in linked]
