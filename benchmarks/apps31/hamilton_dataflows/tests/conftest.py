from __future__ import annotations

from types import SimpleNamespace

import pandas as pd
import pytest


class FakeEmbeddings:
    def __init__(self, dim: int = 4) -> None:
        self.dim = dim
        self.calls: list[dict] = []

    def create(self, *, model: str, input: list[str]):
        self.calls.append({"model": model, "n": len(input)})
        return SimpleNamespace(data=[SimpleNamespace(embedding=[float(i)] * self.dim) for i, _ in enumerate(input)])


class FakeChatCompletions:
    def __init__(self, reply: str = "a summary") -> None:
        self.reply = reply
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        msg = SimpleNamespace(content=self.reply, parsed=None)
        return SimpleNamespace(choices=[SimpleNamespace(message=msg)], usage=SimpleNamespace(prompt_tokens=3, completion_tokens=2))

    parse = create


class FakeOpenAI:
    def __init__(self, reply: str = "a summary") -> None:
        self.embeddings = FakeEmbeddings()
        self.chat = SimpleNamespace(completions=FakeChatCompletions(reply))


class FakeMessages:
    def __init__(self, reply: str = "claude says hi") -> None:
        self.reply = reply
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=self.reply)],
            usage=SimpleNamespace(input_tokens=10, output_tokens=4),
        )


class FakeAnthropic:
    def __init__(self, reply: str = "claude says hi") -> None:
        self.messages = FakeMessages(reply)


@pytest.fixture
def docs() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "doc_id": ["a", "b"],
            "title": ["Alpha", "Beta"],
            "body": ["Alpha body text about engineering.", "Beta body. Finance things."],
            "lang": ["en", "de"],
            "content_hash": ["h1", "h2"],
        }
    )


@pytest.fixture
def fake_openai() -> FakeOpenAI:
    return FakeOpenAI()


@pytest.fixture
def fake_anthropic() -> FakeAnthropic:
    return FakeAnthropic()
