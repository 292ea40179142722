from __future__ import annotations

import pandas as pd
import pytest

from fakes import FakeAnthropic, FakeGenai, FakeOpenAI


@pytest.fixture
def tickets() -> pd.DataFrame:
    return pd.DataFrame(
        [
            {"id": 1, "subject": "charged twice", "body": "I was billed twice this month"},
            {"id": 2, "subject": "crash", "body": "The app crashes when I upload a file"},
        ]
    )


@pytest.fixture
def fake_openai():
    return FakeOpenAI(["billing", "bug"])


@pytest.fixture
def fake_anthropic():
    return FakeAnthropic()


@pytest.fixture
def fake_genai():
    return FakeGenai()
