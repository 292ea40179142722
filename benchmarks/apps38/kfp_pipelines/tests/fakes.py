"""Hand-rolled fakes for the SDK clients; cheaper than recording cassettes."""

from __future__ import annotations

from types import SimpleNamespace


class _FakeGenaiModels:
    def __init__(self, text: str):
        self.text = text
        self.calls: list[dict] = []

    def generate_content(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            text=self.text,
            usage_metadata=SimpleNamespace(prompt_token_count=12, candidates_token_count=3),
        )

    def embed_content(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(embeddings=[SimpleNamespace(values=[0.1, 0.2]) for _ in kwargs["contents"]])

    def count_tokens(self, **kwargs):
        return SimpleNamespace(total_tokens=10)


class FakeGenaiClient:
    def __init__(self, text: str = '{"category": "billing", "confidence": 0.9}'):
        self.models = _FakeGenaiModels(text)
        self.aio = SimpleNamespace(models=_FakeAioModels(self.models))


class _FakeAioModels:
    def __init__(self, sync_models: _FakeGenaiModels):
        self._sync = sync_models

    async def generate_content(self, **kwargs):
        return self._sync.generate_content(**kwargs)


class _FakeMessages:
    def __init__(self):
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text="- summary")],
            usage=SimpleNamespace(input_tokens=100, output_tokens=20),
        )


class FakeAnthropic:
    def __init__(self):
        self.messages = _FakeMessages()


class FakeVoyage:
    def embed(self, texts, model=None, input_type=None):
        return SimpleNamespace(embeddings=[[float(len(t))] for t in texts])

    def count_tokens(self, texts, model=None):
        return sum(len(t.split()) for t in texts)


class FakeCohere:
    def __init__(self):
        self.rerank_calls = []

    def rerank(self, model, query, documents, top_n=None):
        self.rerank_calls.append(query)
        return SimpleNamespace(results=[SimpleNamespace(index=i, relevance_score=1.0 / (i + 1)) for i in range(top_n or 3)])
