from __future__ import annotations

import sqlite3

import anthropic
import svcs

from notes_app.config import Settings
from notes_app.domain.repositories import NoteRepository, SqliteNoteRepository, init_schema
from notes_app.domain.use_cases import SummarizeNote
from notes_app.services.keys import DatabasePath
from tests.fakes import FakeAnthropic


def _registry(tmp_path) -> svcs.Registry:
    reg = svcs.Registry()
    conn = sqlite3.connect(str(tmp_path / "j.sqlite3"))
    init_schema(conn)
    reg.register_value(Settings, Settings(database_path=str(tmp_path / "j.sqlite3")))
    reg.register_value(DatabasePath, str(tmp_path / "j.sqlite3"))
    reg.register_value(sqlite3.Connection, conn)
    reg.register_factory(NoteRepository, lambda svcs_container: SqliteNoteRepository(svcs_container.get(sqlite3.Connection)))
    reg.register_value(anthropic.Anthropic, FakeAnthropic("short"))
    return reg


def test_summarize_from_job_container(tmp_path):
    with svcs.Container(_registry(tmp_path)) as c:
        repo = c.get(NoteRepository)
        note = repo.create("t", "body text")
        assert SummarizeNote.from_container(c)(note.id) == "short"
        assert repo.get(note.id).summary == "short"
