"""Fakes for the model clients. Shaped like the SDK objects we touch."""

from __future__ import annotations

from types import SimpleNamespace


class _FakeCompletions:
    def __init__(self, reply: str) -> None:
        self.reply = reply
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        msg = SimpleNamespace(content=self.reply)
        return SimpleNamespace(
            choices=[SimpleNamespace(message=msg)],
            usage=SimpleNamespace(prompt_tokens=10, completion_tokens=5),
        )


class _FakeEmbeddings:
    def __init__(self, dim: int = 8) -> None:
        self.dim = dim

    def create(self, *, model: str, input):
        items = input if isinstance(input, list) else [input]
        return SimpleNamespace(
            data=[SimpleNamespace(index=i, embedding=[float(len(t) % 7)] * self.dim) for i, t in enumerate(items)]
        )


class FakeOpenAI:
    def __init__(self, reply: str = "ok") -> None:
        self.chat = SimpleNamespace(completions=_FakeCompletions(reply))
        self.embeddings = _FakeEmbeddings()


class _FakeMessages:
    def __init__(self, reply: str) -> None:
        self.reply = reply

    def create(self, **kwargs):
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=self.reply)],
            usage=SimpleNamespace(input_tokens=12, output_tokens=4),
        )

    def count_tokens(self, **kwargs):
        return SimpleNamespace(input_tokens=100)


class FakeAnthropic:
    def __init__(self, reply: str = "A summary.") -> None:
        self.messages = _FakeMessages(reply)


class FakeTogether(FakeOpenAI):
    pass
