from __future__ import annotations

import logging

from app.models import Note, NoteStore
from app.workers import run_in_background
from services.titles import generate_title

log = logging.getLogger(__name__)


class NoteController:
    def __init__(self, app, store: NoteStore, editor, sidebar):
        self.app = app
        self.store = store
        self.editor = editor
        self.sidebar = sidebar
        self.current: Note | None = None
        store.subscribe(lambda _evt, _note: self.refresh_list())
        app.register_handler("title", self._apply_title)

    def refresh_list(self, query: str = "") -> None:
        notes = self.store.search(query) if query else self.store.all()
        self.sidebar.show(notes)

    def new_note(self) -> None:
        note = self.store.create(title="Untitled")
        self.open(note.id)

    def open(self, note_id: str) -> None:
        self.save_current()
        note = self.store.get(note_id)
        if note is None:
            return
        self.current = note
        self.editor.load(note.title, note.body, note.tags)
        self.sidebar.select(note_id)

    def save_current(self) -> None:
        if not self.current:
            return
        note = self.current
        note.title = self.editor.title_var.get().strip() or "Untitled"
        note.body = self.editor.get_body()
        note.tags = self.editor.get_tags()
        self.store.save(note)
        if note.title == "Untitled" and note.word_count > 40:
            body = note.body
            run_in_background(self.app.ui_queue, f"title:{note.id}", lambda: (note.id, generate_title(body)))

    def _apply_title(self, value) -> None:
        note_id, title = value
        note = self.store.get(note_id)
        if note and note.title == "Untitled":
            note.title = title
            self.store.save(note)
            if self.current and self.current.id == note_id:
                self.editor.title_var.set(title)

    def delete_current(self) -> None:
        if self.current:
            self.store.delete(self.current.id)
            self.current = None
            self.editor.load("", "", [])
