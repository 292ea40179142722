import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from src.config import Settings  # noqa: E402
from tests.fakes import FakeAnthropic, FakeMistral, FakeOpenAI, FakePool  # noqa: E402


@pytest.fixture
def settings():
    return Settings(provider="openai", keys={"openai": "sk-test"})


@pytest.fixture
def fake_openai():
    return FakeOpenAI("hello there")


@pytest.fixture
def pool(settings, fake_openai):
    return FakePool(
        settings,
        openai=fake_openai,
        anthropic=FakeAnthropic("bonjour"),
        groq=FakeOpenAI("fast"),
        mistral=FakeMistral("hallo"),
    )


@pytest.fixture
def tmp_history(tmp_path):
    from src.history import History

    return History(tmp_path / "history.json")
