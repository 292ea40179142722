from __future__ import annotations

import sqlite3

import anthropic
import openai
import pytest
import svcs
from together import Together

from notes_app import create_app
from notes_app.config import Settings
from notes_app.domain.repositories import init_schema
from tests.fakes import FakeAnthropic, FakeOpenAI, FakeTogether


@pytest.fixture
def settings(tmp_path):
    return Settings(database_path=str(tmp_path / "t.sqlite3"))


@pytest.fixture
def app(settings):
    app = create_app(settings)
    app.config["TESTING"] = True
    conn = sqlite3.connect(settings.database_path)
    init_schema(conn)
    conn.close()
    yield app
    svcs.flask.close_registry(app)


@pytest.fixture
def fakes():
    return {"openai": FakeOpenAI(), "anthropic": FakeAnthropic(), "together": FakeTogether('["a","b"]')}


@pytest.fixture
def client(app, fakes):
    registry = svcs.flask.get_registry(app)
    registry.register_value(openai.OpenAI, fakes["openai"])
    registry.register_value(anthropic.Anthropic, fakes["anthropic"])
    registry.register_value(Together, fakes["together"])
    return app.test_client()
