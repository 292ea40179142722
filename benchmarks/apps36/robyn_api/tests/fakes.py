"""Hand-rolled fakes for the provider clients (we avoid network in tests)."""

from __future__ import annotations

from types import SimpleNamespace


class FakeCompletions:
    def __init__(self, content: str = "{}"):
        self.content = content
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        usage = SimpleNamespace(prompt_tokens=10, completion_tokens=5)
        msg = SimpleNamespace(content=self.content)
        return SimpleNamespace(choices=[SimpleNamespace(message=msg)], usage=usage, model=kwargs["model"])


class FakeOpenAI:
    def __init__(self, content: str = "{}"):
        self.chat = SimpleNamespace(completions=FakeCompletions(content))


class FakeMessages:
    def __init__(self, text: str = "Hello!"):
        self.text = text
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=self.text)],
            usage=SimpleNamespace(input_tokens=12, output_tokens=7),
        )


class FakeAnthropic:
    def __init__(self, text: str = "Hello!"):
        self.messages = FakeMessages(text)


class FakeVoyage:
    def embed(self, texts, model=None, input_type=None, **_):
        return SimpleNamespace(embeddings=[[1.0, 0.0, 0.0] for _ in texts], total_tokens=len(texts))


class FakeCohere:
    def rerank(self, model, query, documents, top_n=3, **_):
        results = [SimpleNamespace(index=i, relevance_score=1.0 - i / 10) for i in range(min(top_n, len(documents)))]
        return SimpleNamespace(results=results)
