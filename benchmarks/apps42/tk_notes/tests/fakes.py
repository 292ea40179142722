"""Hand-written fakes for SDK clients used in controller tests."""
from __future__ import annotations

from types import SimpleNamespace


class _Completions:
    def __init__(self, reply: str):
        self.reply = reply
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        msg = SimpleNamespace(content=self.reply)
        return SimpleNamespace(
            choices=[SimpleNamespace(message=msg, finish_reason="stop")],
            model=kwargs.get("model", "fake"),
            usage=SimpleNamespace(prompt_tokens=3, completion_tokens=5),
        )


class FakeOpenAI:
    def __init__(self, reply: str = "fake reply"):
        self.chat = SimpleNamespace(completions=_Completions(reply))


class FakeProvider:
    name = "fake"
    model = "fake-1"

    def __init__(self, chunks=("Hel", "lo")):
        self.chunks = list(chunks)
        self.seen = []

    def complete(self, messages, system=None):
        self.seen.append(messages)
        return SimpleNamespace(text="".join(self.chunks), input_tokens=1, output_tokens=2)

    def stream(self, messages, system=None):
        self.seen.append(messages)
        yield from self.chunks


class FakeVar:
    def __init__(self, value=None):
        self.value = value

    def get(self):
        return self.value

    def set(self, value):
        self.value = value
