from __future__ import annotations

import bottle
import pytest
import webtest

from hrassist.config import Settings
from tests.fakes import FakeFactory


@pytest.fixture
def settings(tmp_path):
    return Settings(database_path=str(tmp_path / "test.sqlite3"), policy_dir=str(tmp_path / "policies"))


@pytest.fixture
def factory(settings):
    return FakeFactory(settings)


@pytest.fixture
def wsgi_app(settings, factory, monkeypatch):
    # fresh default app per test: routes/ask.py registers on the default app at import
    monkeypatch.setattr("hrassist.services.moderation.get_openai_client", lambda: factory.openai())
    bottle.app.push()
    import importlib

    import hrassist.routes.ask as ask_routes
    importlib.reload(ask_routes)

    from app import build_app

    application = build_app(settings=settings, factory=factory)
    yield application
    bottle.app.pop()


@pytest.fixture
def client(wsgi_app):
    return webtest.TestApp(wsgi_app)
