"""Fake SDK clients: just enough surface for our code paths."""
from __future__ import annotations

from types import SimpleNamespace


class _Completions:
    def __init__(self, parent):
        self.parent = parent

    def create(self, **kwargs):
        self.parent.calls.append(("chat.completions.create", kwargs))
        return SimpleNamespace(
            model=kwargs.get("model"),
            choices=[SimpleNamespace(message=SimpleNamespace(content=self.parent.reply))],
            usage=SimpleNamespace(prompt_tokens=10, completion_tokens=5),
        )


class _Embeddings:
    def __init__(self, parent):
        self.parent = parent

    def create(self, model, input):
        self.parent.calls.append(("embeddings.create", {"model": model, "input": input}))
        return SimpleNamespace(data=[SimpleNamespace(embedding=[1.0, 0.0]) for _ in input])


class _Responses:
    def __init__(self, parent):
        self.parent = parent

    def create(self, **kwargs):
        self.parent.calls.append(("responses.create", kwargs))
        return SimpleNamespace(output_text=self.parent.reply)


class FakeOpenAI:
    def __init__(self, reply: str = "ok"):
        self.reply = reply
        self.calls: list[tuple[str, dict]] = []
        self.chat = SimpleNamespace(completions=_Completions(self))
        self.embeddings = _Embeddings(self)
        self.responses = _Responses(self)


class FakeCohere:
    def __init__(self, reply: str = '{"decision": "page", "team": "sre", "reason": "disk"}'):
        self.reply = reply
        self.calls: list[tuple[str, dict]] = []

    def chat(self, **kwargs):
        self.calls.append(("chat", kwargs))
        return SimpleNamespace(message=SimpleNamespace(content=[SimpleNamespace(text=self.reply)]))

    def rerank(self, **kwargs):
        self.calls.append(("rerank", kwargs))
        docs = kwargs["documents"]
        return SimpleNamespace(results=[SimpleNamespace(index=i, relevance_score=0.9) for i in range(len(docs))])

    def embed(self, **kwargs):
        self.calls.append(("embed", kwargs))
        return SimpleNamespace(embeddings=SimpleNamespace(float_=[[1.0, 0.0] for _ in kwargs["texts"]]))


class FakeReplicate:
    def __init__(self):
        self.calls = []

    def run(self, ref, input):
        self.calls.append((ref, input))
        return ["https://replicate.delivery/fake.png"]


class FakeMessage:
    def __init__(self, routing_key: str, redelivered: bool = False):
        self.delivery_info = {"routing_key": routing_key, "redelivered": redelivered}
        self.acked = self.rejected = self.requeued = False

    def ack(self):
        self.acked = True

    def reject(self):
        self.rejected = True

    def requeue(self):
        self.requeued = True
