"""Fake SDK clients. Shapes mirror the real responses closely enough for our parsing."""
from __future__ import annotations

import io
import json
from types import SimpleNamespace


def _completion(text: str, prompt_tokens: int = 10, completion_tokens: int = 2):
    return SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content=text), delta=SimpleNamespace(content=text))],
        usage=SimpleNamespace(prompt_tokens=prompt_tokens, completion_tokens=completion_tokens),
    )


class _Completions:
    def __init__(self, parent):
        self._parent = parent

    def create(self, **kwargs):
        self._parent.calls.append(kwargs)
        return _completion(self._parent.reply)


class _Embeddings:
    def __init__(self, parent):
        self._parent = parent

    def create(self, model, input, **kwargs):
        self._parent.calls.append({"model": model, "input": input, **kwargs})
        return SimpleNamespace(data=[SimpleNamespace(index=i, embedding=[0.1] * 4) for i in range(len(input))])


class FakeOpenAI:
    def __init__(self, reply: str = "electronics"):
        self.reply = reply
        self.calls: list[dict] = []
        self.chat = SimpleNamespace(completions=_Completions(self))
        self.embeddings = _Embeddings(self)


class FakeBedrock:
    def __init__(self, reply: str = "Good value, battery complaints."):
        self.reply = reply
        self.calls: list[dict] = []

    def converse(self, **kwargs):
        self.calls.append(kwargs)
        return {
            "output": {"message": {"content": [{"text": self.reply}]}},
            "usage": {"inputTokens": 100, "outputTokens": 12},
        }

    def invoke_model(self, **kwargs):
        self.calls.append(kwargs)
        body = json.dumps({"content": [{"text": self.reply}]}).encode()
        return {"body": io.BytesIO(body)}


class FakeLimiter:
    def acquire(self, n: float = 1.0, timeout=None):
        return None


class FakeLimiters(dict):
    def __missing__(self, key):
        return FakeLimiter()
