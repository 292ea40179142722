import pytest

from gateway.config import Settings
from tests.fakes import FakeAnthropic, FakeCohere, FakeMistral, FakeOpenAI, FakeStore


@pytest.fixture
def settings():
    return Settings(feature_flags={"tracked_chat": False})


@pytest.fixture
def clients():
    return {
        "openai": FakeOpenAI(reply="hello"),
        "anthropic": FakeAnthropic(),
        "mistral": FakeMistral(),
        "cerebras": FakeOpenAI(reply="fast"),
        "cohere": FakeCohere(),
    }


@pytest.fixture
def store():
    return FakeStore()
