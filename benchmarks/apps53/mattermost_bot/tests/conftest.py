import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from config import BotConfig  # noqa: E402
from tests.fakes import FakeAnthropic, FakeDriver, FakeOpenAI  # noqa: E402


@pytest.fixture
def config():
    return BotConfig(bot_token="x", default_provider="openai")


@pytest.fixture
def fake_openai():
    return FakeOpenAI()


@pytest.fixture
def fake_anthropic():
    return FakeAnthropic()


@pytest.fixture
def driver():
    thread = {
        "order": ["p1", "p2"],
        "posts": {
            "p1": {"user_id": "u1", "message": "db is slow", "create_at": 1},
            "p2": {"user_id": "u2", "message": "rolled back", "create_at": 2},
        },
    }
    return FakeDriver(thread)
