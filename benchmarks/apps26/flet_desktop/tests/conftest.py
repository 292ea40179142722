import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("COUNSELDESK_DATA", str(Path(__file__).parent / ".data"))

from tests.fakes import FakeAnthropic, FakeAsyncOpenAI, FakeOpenAI, FakePage, FakeXai  # noqa: E402


@pytest.fixture
def fake_openai():
    return FakeOpenAI("fine")


@pytest.fixture
def fake_anthropic():
    return FakeAnthropic()


@pytest.fixture
def fake_pplx():
    return FakeAsyncOpenAI("The statute of limitations is 3 years.")


@pytest.fixture
def fake_xai():
    return FakeXai()


@pytest.fixture
def fake_page():
    return FakePage()
