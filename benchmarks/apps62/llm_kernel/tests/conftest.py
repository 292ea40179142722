from __future__ import annotations

from types import SimpleNamespace

import pytest

from llm_kernel.config import KernelSettings


class FakeCompletions:
    def __init__(self, reply: str = "fake answer"):
        self.reply = reply
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        if kwargs.get("stream"):
            return iter(
                SimpleNamespace(choices=[SimpleNamespace(delta=SimpleNamespace(content=w + " "))])
                for w in self.reply.split()
            )
        return SimpleNamespace(
            model=kwargs["model"],
            choices=[SimpleNamespace(message=SimpleNamespace(content=self.reply))],
            usage=SimpleNamespace(prompt_tokens=10, completion_tokens=3),
        )


class FakeOpenAI:
    """Just enough of openai.OpenAI for the backends."""

    def __init__(self, reply: str = "fake answer"):
        self.chat = SimpleNamespace(completions=FakeCompletions(reply))
        self.embeddings = SimpleNamespace(
            create=lambda model, input: SimpleNamespace(data=[SimpleNamespace(embedding=[float(len(t)), 1.0]) for t in input])
        )


class FakeMessages:
    def __init__(self, reply: str):
        self.reply = reply
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            model=kwargs["model"],
            content=[SimpleNamespace(type="text", text=self.reply)],
            usage=SimpleNamespace(input_tokens=12, output_tokens=4),
            stop_reason="end_turn",
        )


class FakeAnthropic:
    def __init__(self, reply: str = "claude says hi"):
        self.messages = FakeMessages(reply)


@pytest.fixture
def settings(tmp_path):
    return KernelSettings(history_db=tmp_path / "history.sqlite", stream=False)


@pytest.fixture
def fake_openai():
    return FakeOpenAI()


@pytest.fixture
def fake_anthropic():
    return FakeAnthropic()
