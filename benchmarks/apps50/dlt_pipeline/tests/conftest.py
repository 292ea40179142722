import os

import pytest

os.environ.setdefault("ENRICHMENT__OPENAI__API_KEY", "sk-test")
os.environ.setdefault("ENRICHMENT__ANTHROPIC__API_KEY", "sk-ant-test")
os.environ.setdefault("ENRICHMENT__VOYAGE__API_KEY", "pa-test")

from enrichment.clients import reset_clients  # noqa: E402
from tests.fakes import FakeAnthropic, FakeOpenAI  # noqa: E402


@pytest.fixture(autouse=True)
def _fresh_clients():
    reset_clients()
    yield
    reset_clients()


@pytest.fixture
def fake_openai(monkeypatch):
    fake = FakeOpenAI()
    monkeypatch.setattr("enrichment.classify.get_openai_client", lambda: fake)
    monkeypatch.setattr("enrichment.embed.get_openai_client", lambda: fake)
    return fake


@pytest.fixture
def fake_anthropic(monkeypatch):
    fake = FakeAnthropic()
    monkeypatch.setattr("enrichment.classify.get_anthropic_client", lambda: fake)
    return fake


@pytest.fixture
def ticket():
    return {"id": 42, "subject": "Charged twice", "description": "I was billed twice this month", "tags": ["billing"]}
