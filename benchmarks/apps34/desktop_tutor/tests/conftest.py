import pytest

from tutor.config import TutorConfig


class _MemDB:
    def __init__(self):
        self.meta, self.usage, self.lessons = {}, [], []

    def get_meta(self, k, d=None):
        return self.meta.get(k, d)

    def set_meta(self, k, v):
        self.meta[k] = v

    def progress_since_last_sync(self):
        return []

    def upsert_lessons(self, lessons):
        self.lessons.extend(lessons)

    def insert_usage(self, log):
        self.usage.append(log)


@pytest.fixture
def config():
    return TutorConfig(target_language="es", level="A2")


@pytest.fixture
def memdb(monkeypatch):
    db = _MemDB()
    monkeypatch.setattr("tutor.storage.db.get_db", lambda: db)
    monkeypatch.setattr("tutor.services.sync.get_db", lambda: db)
    monkeypatch.setattr("tutor.services.llm_usage_tracker.get_db", lambda: db)
    return db
