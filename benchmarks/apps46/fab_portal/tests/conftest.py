import pytest

from tests.fakes import FakeAnthropic, FakeMistral, FakeOpenAI


@pytest.fixture
def app(monkeypatch):
    monkeypatch.setenv("PORTAL_DATABASE_URI", "sqlite://")
    from app import app as flask_app

    flask_app.config.update(TESTING=True, WTF_CSRF_ENABLED=False)
    flask_app.extensions["ai"] = {
        "openai": FakeOpenAI(),
        "anthropic": FakeAnthropic(),
        "mistral": FakeMistral(),
        "gemini": None,
        "cohere": None,
    }
    with flask_app.app_context():
        yield flask_app


@pytest.fixture
def client(app):
    return app.test_client()
