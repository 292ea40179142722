import os

import pytest

os.environ.setdefault("OPENAI_API_KEY", "sk-test")
os.environ.setdefault("ANTHROPIC_API_KEY", "sk-ant-test")
os.environ.setdefault("GEMINI_API_KEY", "test")
os.environ.setdefault("TOGETHER_API_KEY", "test")
os.environ.setdefault("FIREWORKS_API_KEY", "test")

from tests.fakes import FakeAnthropic, FakeOpenAI, FakeStep, FakeTogether  # noqa: E402


@pytest.fixture
def fake_openai(monkeypatch):
    fake = FakeOpenAI("fake answer")
    monkeypatch.setattr("services.registry.get_openai", lambda: fake)
    monkeypatch.setattr("services.embeddings.get_openai", lambda: fake)
    monkeypatch.setattr("app.functions.embed.get_openai", lambda: fake)
    return fake


@pytest.fixture
def fake_anthropic(monkeypatch):
    fake = FakeAnthropic("- point one\n- point two")
    monkeypatch.setattr("services.registry.get_anthropic", lambda: fake)
    monkeypatch.setattr("app.functions.summarize.get_anthropic", lambda: fake)
    return fake


@pytest.fixture
def fake_together(monkeypatch):
    fake = FakeTogether("translated")
    monkeypatch.setattr("services.registry.get_together", lambda: fake)
    return fake


@pytest.fixture
def step():
    return FakeStep()
