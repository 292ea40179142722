import pytest
from starlette.testclient import TestClient

from proposalwriter import services as services_mod
from tests.fakes import FakeServices


@pytest.fixture
def client(monkeypatch):
    fake = FakeServices()
    for name in ("openai", "anthropic", "genai", "xai", "perplexity", "cerebras"):
        monkeypatch.setattr(services_mod.services, name, getattr(fake, name))
    monkeypatch.setattr(services_mod.services, "started", True)
    import main

    c = TestClient(main.app)
    c.post("/login", data={"username": "dana", "password": "changeme"})
    return c


def test_login_redirects_when_anonymous():
    import main

    anon = TestClient(main.app)
    r = anon.get("/", follow_redirects=False)
    assert r.status_code == 303


def test_healthz_is_public(client):
    assert client.get("/healthz").json()["ok"] is True


def test_preferences_saved(client):
    r = client.post("/preferences", data={"provider": "xai", "tone": "warm"})
    assert "xai" in r.text
