import pytest

from tests.fakes import FakeAnthropic, FakeCohere, FakeOpenAI


@pytest.fixture
def fake_openai():
    return FakeOpenAI()


@pytest.fixture
def fake_anthropic():
    return FakeAnthropic()


@pytest.fixture
def fake_cohere():
    return FakeCohere()


@pytest.fixture(autouse=True)
def _no_real_keys(monkeypatch):
    for var in ('OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'CO_API_KEY', 'TOGETHER_API_KEY'):
        monkeypatch.setenv(var, 'test-key')
