"""Fake provider clients: just enough surface for the addons."""
from __future__ import annotations

import types


def _completion(text: str):
    msg = types.SimpleNamespace(content=text)
    usage = types.SimpleNamespace(prompt_tokens=10, completion_tokens=5)
    return types.SimpleNamespace(choices=[types.SimpleNamespace(message=msg)], usage=usage)


class _Completions:
    def __init__(self, parent):
        self.parent = parent

    def create(self, **kwargs):
        self.parent.calls.append(kwargs)
        return _completion(self.parent.reply)


class _Moderations:
    def __init__(self, flagged: bool):
        self.flagged = flagged

    def create(self, **kwargs):
        return types.SimpleNamespace(results=[types.SimpleNamespace(flagged=self.flagged)])


class _Embeddings:
    def create(self, model, input):
        items = input if isinstance(input, list) else [input]
        return types.SimpleNamespace(data=[types.SimpleNamespace(embedding=[float(len(s)), 1.0]) for s in items])


class FakeOpenAI:
    def __init__(self, reply: str = '{"category": "api", "risk": "low", "sensitive": []}', flagged=False):
        self.reply = reply
        self.calls: list[dict] = []
        self.chat = types.SimpleNamespace(completions=_Completions(self))
        self.moderations = _Moderations(flagged)
        self.embeddings = _Embeddings()


class FakeAnthropic:
    def __init__(self, reply: str = "- did things"):
        self.reply = reply
        self.calls: list[dict] = []
        self.messages = self

    def create(self, **kwargs):
        self.calls.append(kwargs)
        block = types.SimpleNamespace(type="text", text=self.reply)
        usage = types.SimpleNamespace(input_tokens=100, output_tokens=20)
        return types.SimpleNamespace(content=[block], usage=usage)

    def count_tokens(self, **kwargs):
        return types.SimpleNamespace(input_tokens=42)
