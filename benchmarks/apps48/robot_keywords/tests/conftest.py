import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

os.environ.setdefault("OPENAI_API_KEY", "sk-test")
os.environ.setdefault("ANTHROPIC_API_KEY", "test")
os.environ.setdefault("MISTRAL_API_KEY", "test")


@pytest.fixture
def fake_openai():
    from tests.fakes import FakeOpenAI

    return FakeOpenAI(content='{"records": [{"name": "Ada"}]}')


@pytest.fixture
def fake_anthropic():
    from tests.fakes import FakeAnthropic

    return FakeAnthropic(text='{"verdict": "pass", "score": 9, "reason": "fine"}')
