import pytest

from tests.fakes import FakeAnthropic, FakeBedrockRuntime, FakeCohere, FakeMistral, FakeOpenAI


@pytest.fixture
def fake_openai():
    return FakeOpenAI()


@pytest.fixture
def fake_anthropic():
    return FakeAnthropic()


@pytest.fixture
def fake_mistral():
    return FakeMistral()


@pytest.fixture
def fake_bedrock():
    return FakeBedrockRuntime()


@pytest.fixture
def fake_cohere(monkeypatch):
    fake = FakeCohere()
    monkeypatch.setattr("deskassist.services.retrieval.get_cohere", lambda: fake)
    return fake


@pytest.fixture(autouse=True)
def _no_tracker_db(monkeypatch):
    from deskassist.services.llm_usage_tracker import llm_tracker

    monkeypatch.setattr(llm_tracker, "_engine", None)
    llm_tracker._buffer.clear()
