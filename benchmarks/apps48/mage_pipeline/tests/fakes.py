"""Minimal stand-ins for the SDK clients; shaped like the real responses."""
import json
from types import SimpleNamespace
from typing import List


def _ns(**kw):
    return SimpleNamespace(**kw)


class FakeCompletions:
    def __init__(self, content: str):
        self.content = content
        self.calls: List[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        message = _ns(content=self.content, tool_calls=None)
        return _ns(choices=[_ns(message=message)], model=kwargs.get('model'),
                   usage=_ns(prompt_tokens=10, completion_tokens=5))


class FakeOpenAI:
    def __init__(self, content: str = '{"category": "billing", "confidence": 0.9, "reason": "invoice"}'):
        self.chat = _ns(completions=FakeCompletions(content))


class FakeMessages:
    def __init__(self, text: str):
        self.text = text
        self.calls: List[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return _ns(content=[_ns(type='text', text=self.text)], usage=_ns(input_tokens=12, output_tokens=7))


class FakeAnthropic:
    def __init__(self, text: str = 'Customer cannot export invoices.'):
        self.messages = FakeMessages(text)


class FakeCohere:
    def __init__(self, dim: int = 4):
        self.dim = dim
        self.embed_calls = 0

    def embed(self, texts, model, input_type, embedding_types):
        self.embed_calls += 1
        return _ns(embeddings=_ns(float_=[[0.1] * self.dim for _ in texts]))

    def rerank(self, model, query, documents, top_n):
        return _ns(results=[_ns(index=i, relevance_score=1.0 - i / 10) for i in range(min(top_n, len(documents)))])


def dumps(obj) -> str:
    return json.dumps(obj)
