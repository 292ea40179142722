"""Fakes for the SDK clients used by the workers."""
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
            choices=[SimpleNamespace(message=msg, finish_reason="stop")],
            usage=SimpleNamespace(prompt_tokens=10, completion_tokens=5, total_tokens=15),
        )


class _FakeEmbeddings:
    def create(self, model, input):
        items = input if isinstance(input, list) else [input]
        return SimpleNamespace(
            data=[SimpleNamespace(embedding=[0.1, 0.2, 0.3]) for _ in items],
            usage=SimpleNamespace(total_tokens=len(items)),
        )


class FakeOpenAI:
    def __init__(self, reply: str = "fake summary") -> None:
        self.chat = SimpleNamespace(completions=_FakeCompletions(reply))
        self.embeddings = _FakeEmbeddings()


class _FakeMessages:
    def __init__(self, reply: str) -> None:
        self.reply = reply

    def create(self, **kwargs):
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=self.reply)],
            usage=SimpleNamespace(input_tokens=12, output_tokens=3),
            stop_reason="end_turn",
        )

    def count_tokens(self, **kwargs):
        return SimpleNamespace(input_tokens=100)


class FakeAnthropic:
    def __init__(self, reply: str = "safe") -> None:
        self.messages = _FakeMessages(reply)


class FakeVoyage:
    def embed(self, texts, model=None, input_type=None):
        return SimpleNamespace(embeddings=[[float(len(t))] for t in texts], total_tokens=len(texts))

    def count_tokens(self, texts, model=None):
        return sum(len(t.split()) for t in texts)

    def rerank(self, query, documents, model=None, top_k=None):
        results = [SimpleNamespace(index=i, relevance_score=1.0 / (i + 1)) for i in range(len(documents))]
        return SimpleNamespace(results=results[:top_k], total_tokens=len(documents))


class FakeStore:
    def __init__(self) -> None:
        self.records: dict[str, dict] = {}

    def create(self, job_id, job_type, **data):
        self.records[job_id] = {"job_type": job_type, **data}
        return self.records[job_id]
