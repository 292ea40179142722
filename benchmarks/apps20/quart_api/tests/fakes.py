"""Hand-rolled fakes for the provider clients (cheaper than respx cassettes)."""
from __future__ import annotations

from types import SimpleNamespace


class _FakeCompletions:
    def __init__(self, reply: str = "ok") -> None:
        self.reply = reply
        self.calls: list[dict] = []

    async def create(self, **kwargs):
        self.calls.append(kwargs)
        usage = SimpleNamespace(prompt_tokens=10, completion_tokens=5, model_dump=lambda: {})
        msg = SimpleNamespace(content=self.reply, reasoning_content=None)
        return SimpleNamespace(choices=[SimpleNamespace(message=msg, finish_reason="stop")], usage=usage)


class FakeOpenAI:
    def __init__(self, reply: str = "ok") -> None:
        self.chat = SimpleNamespace(completions=_FakeCompletions(reply))
        self.moderations = SimpleNamespace(create=self._moderate)
        self.embeddings = SimpleNamespace(create=self._embed)

    async def _moderate(self, **kwargs):
        cats = SimpleNamespace(model_dump=lambda: {"harassment": False})
        return SimpleNamespace(results=[SimpleNamespace(flagged=False, categories=cats)])

    async def _embed(self, model, input):
        return SimpleNamespace(data=[SimpleNamespace(embedding=[0.1, 0.2]) for _ in input])

    async def close(self):
        pass


class _FakeMessages:
    def __init__(self, reply: str) -> None:
        self.reply = reply
        self.calls: list[dict] = []

    async def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=self.reply)],
            usage=SimpleNamespace(input_tokens=12, output_tokens=7),
        )

    async def count_tokens(self, **kwargs):
        return SimpleNamespace(input_tokens=100)


class FakeAnthropic:
    def __init__(self, reply: str = "- summary") -> None:
        self.messages = _FakeMessages(reply)

    async def close(self):
        pass


class FakeCohere:
    async def embed(self, texts, model, input_type, embedding_types):
        return SimpleNamespace(embeddings=SimpleNamespace(float_=[[0.3, 0.4] for _ in texts]))

    async def rerank(self, model, query, documents, top_n=None):
        return SimpleNamespace(results=[SimpleNamespace(index=0, relevance_score=0.9)])
