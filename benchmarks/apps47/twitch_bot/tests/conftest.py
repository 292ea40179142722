import os

import pytest

os.environ.setdefault("BOT_DB", ":memory:")
os.environ.setdefault("MISTRAL_API_KEY", "test")
os.environ.setdefault("XAI_API_KEY", "test")

from tests.fakes import FakeAnthropic, FakeMistral, FakeOpenAI  # noqa: E402


@pytest.fixture
def fake_openai():
    return FakeOpenAI(replies=["hello chat"])


@pytest.fixture
def fake_anthropic():
    return FakeAnthropic()


@pytest.fixture
def fake_mistral():
    return FakeMistral()
