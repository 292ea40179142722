import os
import sys

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from tests.fakes import FakeAnthropic, FakeOllama, FakeOpenAI, FakePrinter  # noqa: E402


@pytest.fixture
def fake_openai():
    return FakeOpenAI(reply="Bed adhesion failure")


@pytest.fixture
def fake_anthropic():
    return FakeAnthropic(reply="Clogged nozzle")


@pytest.fixture
def fake_ollama():
    return FakeOllama(reply='{"failing": true, "confidence": 0.9, "issue": "spaghetti"}')


@pytest.fixture
def printer():
    return FakePrinter()
