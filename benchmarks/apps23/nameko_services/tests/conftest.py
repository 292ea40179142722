import pytest

from common.clients import reset_client_cache
from common.llm_tracking import UsageSink, llm_tracker
from tests.fakes import FakeClaims, FakeOpenAI


@pytest.fixture(autouse=True)
def _no_real_keys(monkeypatch):
    for var in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "MISTRAL_API_KEY", "CEREBRAS_API_KEY", "DEEPSEEK_API_KEY"):
        monkeypatch.setenv(var, "test-key")
    reset_client_cache()
    yield
    reset_client_cache()


@pytest.fixture
def usage_sink(monkeypatch):
    sink = UsageSink()
    monkeypatch.setattr(llm_tracker, "sink", sink)
    return sink


@pytest.fixture
def fake_openai():
    return FakeOpenAI()


@pytest.fixture
def fake_claims():
    return FakeClaims()
