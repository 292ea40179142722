import pytest

from app import create_app
from tests.fakes import FakeClients


@pytest.fixture
def fake_clients():
    return FakeClients()


@pytest.fixture
def cnx_app(fake_clients, monkeypatch):
    monkeypatch.setattr("app.security.decode_token",
                        lambda token: {"sub": "u1", "tenant": "acme", "scope": []})
    return create_app("testing", clients=fake_clients)


@pytest.fixture
def client(cnx_app):
    return cnx_app.test_client()


@pytest.fixture
def auth():
    return {"Authorization": "Bearer test"}
