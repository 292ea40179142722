import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

os.environ.setdefault("OPENAI_API_KEY", "sk-test")
os.environ.setdefault("ANTHROPIC_API_KEY", "sk-ant-test")
os.environ.setdefault("GROQ_API_KEY", "gsk-test")
os.environ.setdefault("FIREWORKS_API_KEY", "fw-test")
os.environ.setdefault("TOGETHER_API_KEY", "tg-test")
os.environ.setdefault("REPLICATE_API_TOKEN", "r8-test")

from tests.fakes import FakeAsyncAnthropic, FakeAsyncOpenAI, FakeReplicate  # noqa: E402


@pytest.fixture
def fake_openai():
    return FakeAsyncOpenAI(reply="Hello there")


@pytest.fixture
def fake_anthropic():
    return FakeAsyncAnthropic()


@pytest.fixture
def fake_replicate():
    return FakeReplicate()


@pytest.fixture(autouse=True)
def _no_usage_persist(monkeypatch):
    from studio.backend.services import llm_usage_tracker

    monkeypatch.setattr(llm_usage_tracker.llm_tracker, "enabled", False)
