import pytest

from supportstream.app import app
from tests.fakes import FakeAnthropic, FakeCohere, FakeOpenAI, FakeVoyage


@pytest.fixture()
def test_app(event_loop):
    app.finalize()
    app.conf.store = "memory://"
    app.flow_control.resume()
    return app


@pytest.fixture()
def fake_clients(monkeypatch):
    holder = app.clients
    monkeypatch.setattr(holder, "openai", FakeOpenAI())
    monkeypatch.setattr(holder, "anthropic", FakeAnthropic())
    monkeypatch.setattr(holder, "voyage", FakeVoyage())
    monkeypatch.setattr(holder, "cohere", FakeCohere())
    yield holder
    holder.clear()
