"""Fake SDK clients: just enough surface for the services under test."""
from __future__ import annotations

from types import SimpleNamespace


class _FakeCompletions:
    def __init__(self, parent):
        self.parent = parent

    def create(self, **kwargs):
        self.parent.calls.append(kwargs)
        text = self.parent.replies.pop(0) if self.parent.replies else "ok"
        return SimpleNamespace(
            model=kwargs.get("model", "fake"),
            choices=[SimpleNamespace(message=SimpleNamespace(content=text))],
            usage=SimpleNamespace(prompt_tokens=10, completion_tokens=5, total_tokens=15),
        )


class FakeOpenAI:
    def __init__(self, replies=None):
        self.replies = list(replies or [])
        self.calls: list[dict] = []
        self.chat = SimpleNamespace(completions=_FakeCompletions(self))
        self.embeddings = SimpleNamespace(create=self._embed)

    def _embed(self, model, input):
        self.calls.append({"model": model, "input": input})
        return SimpleNamespace(data=[SimpleNamespace(embedding=[float(len(t)), 1.0, 0.5]) for t in input])


class FakeMistral:
    def __init__(self, reply="summary"):
        self.reply = reply
        self.chat = SimpleNamespace(complete=self._complete)

    def _complete(self, **kwargs):
        return SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(content=self.reply))])


class FakeBackend:
    name = "fake"

    def __init__(self, text="SELECT 1"):
        self.text = text
        self.seen = []

    def complete(self, system, messages, **kwargs):
        self.seen.append(messages)
        return SimpleNamespace(text=self.text, model="fake", input_tokens=1, output_tokens=1)
