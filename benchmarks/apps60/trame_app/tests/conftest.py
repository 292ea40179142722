from __future__ import annotations

from types import SimpleNamespace

import pandas as pd
import pytest

from assistant.data.loaders import Dataset
from assistant.llm import registry


class FakeChatCompletions:
    def __init__(self, text="fake answer"):
        self.text = text
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        usage = SimpleNamespace(prompt_tokens=10, completion_tokens=5)
        message = SimpleNamespace(content=self.text)
        return SimpleNamespace(model=kwargs.get("model", "fake"), usage=usage, choices=[SimpleNamespace(message=message)])


class FakeOpenAI:
    def __init__(self, text="fake answer"):
        self.chat = SimpleNamespace(completions=FakeChatCompletions(text))


class FakeMessages:
    def __init__(self, replies):
        self.replies = list(replies)
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        text = self.replies.pop(0)
        return SimpleNamespace(
            model=kwargs["model"],
            content=[SimpleNamespace(type="text", text=text)],
            usage=SimpleNamespace(input_tokens=12, output_tokens=30),
        )


class FakeAnthropic:
    def __init__(self, replies=("```python\ndef analyze(df):\n    return df.mean()\n```",)):
        self.messages = FakeMessages(replies)


@pytest.fixture
def dataset():
    df = pd.DataFrame({"temp": [1.0, 2.5, 3.1, None], "pressure": [101, 99, 98, 100], "site": list("abcd")})
    return Dataset(name="station", frame=df)


@pytest.fixture(autouse=True)
def _clean_registry():
    registry.clear()
    yield
    registry.clear()
