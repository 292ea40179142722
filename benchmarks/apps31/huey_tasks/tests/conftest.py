import os
import sqlite3

import pytest

os.environ.setdefault("DATABASE_URL", "sqlite:///:memory:")

from newsletter.config import huey  # noqa: E402
from newsletter import models  # noqa: E402
from newsletter.providers import registry as registry_module  # noqa: E402,F401


@pytest.fixture(autouse=True)
def immediate_huey():
    huey.immediate = True
    yield huey
    huey.immediate = False


@pytest.fixture
def db(monkeypatch):
    conn = sqlite3.connect(":memory:")
    conn.row_factory = sqlite3.Row
    from scripts.seed_db import SCHEMA

    conn.executescript(SCHEMA)
    monkeypatch.setattr(models._local, "conn", conn, raising=False)
    conn.execute(
        "INSERT INTO articles (id, url, title, excerpt, body, created_at) VALUES "
        "(1, 'https://e.x/1', 'Test title', 'excerpt', '<p>Body text</p>', '2024-01-01')"
    )
    conn.commit()
    return conn


class FakeBackend:
    name = "fake"

    def __init__(self, reply="A short summary."):
        self.reply = reply
        self.calls = []

    def complete(self, prompt, system=None, model=None, max_tokens=600):
        self.calls.append({"prompt": prompt, "system": system, "max_tokens": max_tokens})
        return self.reply


@pytest.fixture
def fake_backend(monkeypatch):
    from newsletter.providers.registry import registry

    backend = FakeBackend()
    monkeypatch.setitem(registry._backends, "anthropic", backend)
    return backend
