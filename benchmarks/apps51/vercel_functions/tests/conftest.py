import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.fakes import FakeAnthropic, FakeOpenAI  # noqa: E402


@pytest.fixture
def fake_openai(monkeypatch):
    fake = FakeOpenAI(reply="hello there")
    monkeypatch.setattr("lib.llm.clients.get_openai", lambda: fake)
    return fake


@pytest.fixture
def fake_anthropic(monkeypatch):
    fake = FakeAnthropic(reply="polished")
    monkeypatch.setattr("lib.llm.content.get_anthropic", lambda: fake)
    return fake
