import os

import pytest

# Settings() needs these; no real keys in CI
for var in ("BOT_TOKEN", "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GEMINI_API_KEY", "DEEPSEEK_API_KEY", "COHERE_API_KEY"):
    os.environ.setdefault(var, "test")

from tests.fakes import FakeAsyncOpenAI, FakeMessage  # noqa: E402


@pytest.fixture
def fake_openai() -> FakeAsyncOpenAI:
    return FakeAsyncOpenAI(replies=["Hallo! Wie geht's?", "Sehr gut!"])


@pytest.fixture
def message() -> FakeMessage:
    return FakeMessage("Ich bin gut, danke")
