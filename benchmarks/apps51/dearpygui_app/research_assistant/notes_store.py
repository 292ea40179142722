"""SQLite-backed notes store."""
from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Note:
    id: int
    title: str
    body: str
    created: float


class NotesStore:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(self.path, check_same_thread=False)
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, title TEXT, body TEXT, created REAL, vector TEXT)"
        )
        self.conn.commit()

    def create(self, title: str, body: str) -> Note:
        now = time.time()
        cur = self.conn.execute(
            "INSERT INTO notes (title, body, created) VALUES (?, ?, ?)", (title, body, now)
        )
        self.conn.commit()
        return Note(cur.lastrowid, title, body, now)

    def get(self, note_id: int) -> Note:
        row = self.conn.execute(
            "SELECT id, title, body, created FROM notes WHERE id = ?", (note_id,)
        ).fetchone()
        if row is None:
            raise KeyError(note_id)
        return Note(*row)

    def all_notes(self) -> list[Note]:
        rows = self.conn.execute("SELECT id, title, body, created FROM notes ORDER BY created").fetchall()
        return [Note(*r) for r in rows]

    def delete(self, note_id: int) -> None:
        self.conn.execute("DELETE FROM notes WHERE id = ?", (note_id,))
        self.conn.commit()

    def save_vector(self, note_id: int, vector: list[float]) -> None:
        self.conn.execute("UPDATE notes SET vector = ? WHERE id = ?", (json.dumps(vector), note_id))
        self.conn.commit()

    def close(self) -> None:
        self.conn.close()

    # --- added in 0.6: tags + plain-text search -------------------------------

    def _ensure_tags(self) -> None:
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS note_tags (note_id INTEGER, tag TEXT, PRIMARY KEY (note_id, tag))"
        )

    def tag(self, note_id: int, *tags: str) -> None:
        self._ensure_tags()
        self.conn.executemany(
            "INSERT OR IGNORE INTO note_tags (note_id, tag) VALUES (?, ?)",
            [(note_id, t.lower().strip()) for t in tags if t.strip()],
        )
        self.conn.commit()

    def tags_for(self, note_id: int) -> list[str]:
        self._ensure_tags()
        rows = self.conn.execute("SELECT tag FROM note_tags WHERE note_id = ? ORDER BY tag", (note_id,))
        return [r[0] for r in rows]

    def by_tag(self, tag: str) -> list[Note]:
        self._ensure_tags()
        rows = self.conn.execute(
            "SELECT n.id, n.title, n.body, n.created FROM notes n JOIN note_tags t ON t.note_id = n.id "
            "WHERE t.tag = ? ORDER BY n.created DESC",
            (tag.lower(),),
        ).fetchall()
        return [Note(*r) for r in rows]

    def text_search(self, needle: str, limit: int = 20) -> list[Note]:
        like = f"%{needle}%"
        rows = self.conn.execute(
            "SELECT id, title, body, created FROM notes WHERE title LIKE ? OR body LIKE ? LIMIT ?",
            (like, like, limit),
        ).fetchall()
        return [Note(*r) for r in rows]

    def export_markdown(self, path: str | Path) -> int:
        notes = self.all_notes()
        lines = []
        for n in notes:
            stamp = time.strftime("%Y-%m-%d", time.localtime(n.created))
            lines.append(f"## {n.title} ({stamp})\n\n{n.body}\n")
        Path(path).write_text("\n".join(lines))
        return len(notes)

    def stale_vectors(self) -> list[int]:
        rows = self.conn.execute("SELECT id FROM notes WHERE vector IS NULL").fetchall()
        return [r[0] for r in rows]
