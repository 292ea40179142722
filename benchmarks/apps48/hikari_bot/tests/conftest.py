from __future__ import annotations

from types import SimpleNamespace

import pytest

from tests.fakes import FakeAnthropic, FakeCohere, FakeOpenAI


@pytest.fixture
def fake_openai() -> FakeOpenAI:
    return FakeOpenAI()


@pytest.fixture
def fake_anthropic() -> FakeAnthropic:
    return FakeAnthropic()


@pytest.fixture
def fake_cohere() -> FakeCohere:
    return FakeCohere()


@pytest.fixture
def fake_bot(fake_openai, fake_anthropic, fake_cohere):
    settings = SimpleNamespace(
        ask_model="gpt-4o-mini",
        summary_model="claude-test",
        fast_model="llama-test",
        gemini_model="gemini-test",
        embed_model="embed-test",
        max_context_messages=50,
    )
    d = SimpleNamespace(openai=fake_openai, anthropic=fake_anthropic, groq=FakeOpenAI("groq"), cohere=fake_cohere, settings=settings)
    return SimpleNamespace(d=d)
