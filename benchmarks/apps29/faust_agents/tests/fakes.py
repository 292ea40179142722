"""Hand-rolled fakes for the provider clients (cheaper than MagicMock chains)."""
from __future__ import annotations

from types import SimpleNamespace


def _chat_completion(content: str, model: str = "fake-model"):
    return SimpleNamespace(
        model=model,
        choices=[SimpleNamespace(message=SimpleNamespace(content=content, parsed=None))],
        usage=SimpleNamespace(prompt_tokens=10, completion_tokens=5),
    )


class _FakeCompletions:
    def __init__(self, reply: str) -> None:
        self.reply = reply
        self.calls: list[dict] = []

    async def create(self, **kwargs):
        self.calls.append(kwargs)
        return _chat_completion(self.reply, kwargs.get("model", "fake-model"))


class FakeOpenAI:
    def __init__(self, reply: str = '{"category": "billing", "priority": "p2", "confidence": 0.9}') -> None:
        self.chat = SimpleNamespace(completions=_FakeCompletions(reply))
        self.responses = SimpleNamespace(create=self._responses_create)

    async def _responses_create(self, **kwargs):
        return SimpleNamespace(output_text="no incident")


class _FakeMessages:
    def __init__(self, reply: str) -> None:
        self.reply = reply
        self.calls: list[dict] = []

    async def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            model=kwargs["model"],
            content=[SimpleNamespace(type="text", text=self.reply)],
            usage=SimpleNamespace(input_tokens=12, output_tokens=7),
            stop_reason="end_turn",
        )

    async def count_tokens(self, **kwargs):
        return SimpleNamespace(input_tokens=100)


class FakeAnthropic:
    def __init__(self, reply: str = "- customer cannot log in") -> None:
        self.messages = _FakeMessages(reply)


class FakeVoyage:
    def count_tokens(self, texts, model=None):
        return sum(len(t.split()) for t in texts)

    async def embed(self, texts, model=None, input_type=None):
        return SimpleNamespace(embeddings=[[0.1, 0.2, 0.3] for _ in texts], total_tokens=len(texts))

    async def rerank(self, query, documents, model=None, top_k=None):
        return SimpleNamespace(
            results=[SimpleNamespace(index=i, relevance_score=1.0 - i / 10) for i in range(min(top_k, len(documents)))]
        )


class FakeCohere:
    async def rerank(self, model, query, documents, top_n):
        return SimpleNamespace(
            results=[SimpleNamespace(index=i, relevance_score=0.5) for i in range(min(top_n, len(documents)))]
        )
