"""Hand-rolled fakes for provider clients.

We prefer these over MagicMock for the DoFn tests: they're picklable, so they
survive Beam's DoFn serialisation on the DirectRunner.
"""
from __future__ import annotations

import types
from typing import List


def _ns(**kw):
    return types.SimpleNamespace(**kw)


class _FakeCompletions:
    def __init__(self, parent):
        self._parent = parent

    def create(self, model, messages, **kwargs):
        self._parent.calls.append({"model": model, "messages": messages, **kwargs})
        return _ns(
            choices=[_ns(message=_ns(content=self._parent.reply))],
            usage=_ns(prompt_tokens=42, completion_tokens=7),
        )


class _FakeEmbeddings:
    def __init__(self, dims):
        self._dims = dims

    def create(self, model, input, **kwargs):
        items = input if isinstance(input, list) else [input]
        return _ns(data=[_ns(embedding=[0.1] * self._dims) for _ in items])


class _FakeModerations:
    def __init__(self, flag_words):
        self._flag_words = flag_words

    def create(self, input, model=None):
        flagged = any(w in input.lower() for w in self._flag_words)
        return _ns(results=[_ns(flagged=flagged, categories={"violence": flagged, "hate": False})])


class FakeOpenAI:
    def __init__(self, reply: str = "A short summary.", dims: int = 8, flag_words=("massacre",)):
        self.reply = reply
        self.calls: List[dict] = []
        self.chat = _ns(completions=_FakeCompletions(self))
        self.embeddings = _FakeEmbeddings(dims)
        self.moderations = _FakeModerations(flag_words)

    def close(self):
        pass


class FakeAnthropic:
    def __init__(self, reply: str = "Claude summary."):
        self.reply = reply
        self.messages = self

    def create(self, model, max_tokens, messages, **kwargs):
        return _ns(
            content=[_ns(type="text", text=self.reply)],
            usage=_ns(input_tokens=30, output_tokens=10),
        )


class FakeCohere:
    def __init__(self, dims: int = 8):
        self.dims = dims
        self.embed_calls = 0

    def embed(self, texts, model, input_type, embedding_types=None, truncate=None):
        self.embed_calls += 1
        return _ns(
            embeddings=_ns(float_=[[0.5] * self.dims for _ in texts]),
            meta=_ns(billed_units=_ns(input_tokens=10 * len(texts))),
        )

    def rerank(self, model, query, documents, top_n=3):
        return _ns(results=[_ns(index=i, relevance_score=1.0 - 0.2 * i) for i in range(min(top_n, len(documents)))])
