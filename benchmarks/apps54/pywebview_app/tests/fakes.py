"""Hand-written fakes for the SDK clients. Only the attributes we use."""
from __future__ import annotations

from types import SimpleNamespace


class _Completions:
    def __init__(self, parent):
        self.parent = parent

    def create(self, **kwargs):
        self.parent.calls.append(kwargs)
        if kwargs.get("stream"):
            return iter(
                SimpleNamespace(choices=[SimpleNamespace(delta=SimpleNamespace(content=t))]) for t in self.parent.tokens
            )
        return SimpleNamespace(
            choices=[SimpleNamespace(message=SimpleNamespace(content=self.parent.reply))],
            usage=SimpleNamespace(prompt_tokens=10, completion_tokens=5),
        )


class FakeOpenAI:
    def __init__(self, reply="ok", tokens=("o", "k")):
        self.reply = reply
        self.tokens = list(tokens)
        self.calls: list[dict] = []
        self.chat = SimpleNamespace(completions=_Completions(self))
        self.embeddings = SimpleNamespace(create=self._embed)

    def _embed(self, model, input):
        self.calls.append({"model": model, "input": input})
        return SimpleNamespace(data=[SimpleNamespace(embedding=[1.0, 0.0]) for _ in input])


class _MistralChat:
    def __init__(self, parent):
        self.parent = parent

    def complete(self, **kwargs):
        self.parent.calls.append(kwargs)
        return SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(content=self.parent.reply))])


class FakeMistral:
    def __init__(self, reply='["python", "notes"]'):
        self.reply = reply
        self.calls: list[dict] = []
        self.chat = _MistralChat(self)


class FakeCohere:
    def __init__(self, vectors=None):
        self.vectors = vectors or {}
        self.embed_calls: list[dict] = []

    def embed(self, texts, model, input_type, embedding_types):
        self.embed_calls.append({"texts": texts, "input_type": input_type})
        return SimpleNamespace(
            embeddings=SimpleNamespace(float_=[self.vectors.get(t, [0.5, 0.5]) for t in texts])
        )

    def rerank(self, model, query, documents, top_n):
        return SimpleNamespace(results=[
            SimpleNamespace(index=i, relevance_score=1.0 - i / 10) for i in range(min(top_n, len(documents)))
        ])


class FakeAnthropic:
    def __init__(self, reply="summary"):
        self.reply = reply
        self.messages = SimpleNamespace(create=self._create)
        self.calls: list[dict] = []

    def _create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(content=[SimpleNamespace(type="text", text=self.reply)])
