import os
import sys

import pytest

os.environ.setdefault("OPENAI_API_KEY", "test")
os.environ.setdefault("ANTHROPIC_API_KEY", "test")
os.environ.setdefault("GEMINI_API_KEY", "test")
os.environ.setdefault("VOYAGE_API_KEY", "test")
os.environ.setdefault("TOGETHER_API_KEY", "test")
os.environ.setdefault("HELPDESK_DB_URI", "sqlite:memory")

HERE = os.path.dirname(__file__)
sys.path.insert(0, os.path.abspath(os.path.join(HERE, "..", "..", "..")))

from .fakes import FakeAnthropic, FakeGenai, FakeOpenAI, FakeTogether, FakeVoyage  # noqa: E402


@pytest.fixture
def fake_openai():
    return FakeOpenAI()


@pytest.fixture
def fake_anthropic():
    return FakeAnthropic()


@pytest.fixture
def fake_together():
    return FakeTogether()


@pytest.fixture
def fake_voyage():
    return FakeVoyage()


@pytest.fixture
def fake_genai():
    return FakeGenai()


@pytest.fixture
def ticket():
    return {"id": 7, "subject": "VPN drops every 10 minutes", "body": "Since Monday my VPN disconnects.", "reporter": "bob"}
