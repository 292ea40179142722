"""File-backed note store: one JSON file per note."""
from __future__ import annotations

import json
import logging
import threading
from pathlib import Path
from typing import Callable, Iterable

from app.models.note import Note

log = logging.getLogger(__name__)


class NoteStore:
    def __init__(self, root: Path | str):
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self._notes: dict[str, Note] = {}
        self._lock = threading.RLock()
        self._listeners: list[Callable[[str, Note], None]] = []
        self._load_all()

    def _load_all(self) -> None:
        for path in sorted(self.root.glob("*.json")):
            try:
                note = Note.from_dict(json.loads(path.read_text(encoding="utf-8")))
            except (OSError, json.JSONDecodeError) as exc:
                log.warning("skipping %s: %s", path, exc)
                continue
            self._notes[note.id] = note

    def subscribe(self, fn: Callable[[str, Note], None]) -> None:
        self._listeners.append(fn)

    def _emit(self, event: str, note: Note) -> None:
        for fn in list(self._listeners):
            fn(event, note)

    def create(self, title: str = "Untitled", body: str = "", tags: Iterable[str] = ()) -> Note:
        note = Note(title=title, body=body, tags=list(tags))
        with self._lock:
            self._notes[note.id] = note
            self._write(note)
        self._emit("created", note)
        return note

    def save(self, note: Note) -> None:
        note.touch()
        with self._lock:
            self._notes[note.id] = note
            self._write(note)
        self._emit("updated", note)

    def delete(self, note_id: str) -> None:
        with self._lock:
            note = self._notes.pop(note_id, None)
            (self.root / f"{note_id}.json").unlink(missing_ok=True)
        if note:
            self._emit("deleted", note)

    def get(self, note_id: str) -> Note | None:
        return self._notes.get(note_id)

    def all(self) -> list[Note]:
        return sorted(self._notes.values(), key=lambda n: (not n.pinned, n.updated), reverse=False)

    def search(self, text: str) -> list[Note]:
        text = text.lower()
        return [n for n in self._notes.values() if text in n.title.lower() or text in n.body.lower()]

    def _write(self, note: Note) -> None:
        path = self.root / f"{note.id}.json"
        path.write_text(json.dumps(note.to_dict(), indent=2, ensure_ascii=False), encoding="utf-8")
