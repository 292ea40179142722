import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

os.environ.setdefault("USERBOT_DB", ":memory:")
os.environ.setdefault("OPENAI_API_KEY", "sk-test")
os.environ.setdefault("ANTHROPIC_API_KEY", "sk-ant-test")
os.environ.setdefault("GROQ_API_KEY", "gsk-test")


@pytest.fixture
def fake_openai():
    from tests.fakes import FakeOpenAI

    return FakeOpenAI("42")


@pytest.fixture
def fake_anthropic():
    from tests.fakes import FakeAnthropic

    return FakeAnthropic("part one", "part two", "merged")
