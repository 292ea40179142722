import pytest

from app.enrich import clients
from tests.fakes import FakeAnthropic, FakeBedrock, FakeOpenAI, FakeVoyage


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-test")
    monkeypatch.setenv("VOYAGE_API_KEY", "pa-test")
    clients.reset_clients()
    yield
    clients.reset_clients()


@pytest.fixture
def fake_openai():
    return FakeOpenAI()


@pytest.fixture
def fake_anthropic():
    return FakeAnthropic()


@pytest.fixture
def fake_voyage():
    return FakeVoyage()


@pytest.fixture
def fake_bedrock():
    return FakeBedrock()
