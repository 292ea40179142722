"""Hand-written fakes for the hosted clients (faster + clearer than MagicMock chains)."""
from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace


@dataclass
class _Block:
    text: str
    type: str = "text"


class FakeMessages:
    def __init__(self, replies: list[str]) -> None:
        self.replies = list(replies)
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        text = self.replies.pop(0) if self.replies else "{}"
        return SimpleNamespace(
            content=[_Block(text)],
            usage=SimpleNamespace(input_tokens=10, output_tokens=5),
        )

    def count_tokens(self, **kwargs):
        return SimpleNamespace(input_tokens=42)


class FakeAnthropic:
    def __init__(self, replies: list[str]) -> None:
        self.messages = FakeMessages(replies)


class _FakeCompletions:
    def __init__(self, replies: list[str]) -> None:
        self.replies = list(replies)
        self.calls: list[dict] = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        text = self.replies.pop(0) if self.replies else ""
        if kwargs.get("stream"):
            return iter(
                SimpleNamespace(usage=None, choices=[SimpleNamespace(delta=SimpleNamespace(content=tok))])
                for tok in text.split(" ")
            )
        return SimpleNamespace(
            choices=[SimpleNamespace(message=SimpleNamespace(content=text))],
            usage=SimpleNamespace(prompt_tokens=7, completion_tokens=3),
        )


class FakeOpenAI:
    def __init__(self, replies: list[str] | None = None, flagged: bool = False) -> None:
        self.chat = SimpleNamespace(completions=_FakeCompletions(replies or []))
        self.moderations = SimpleNamespace(
            create=lambda **kw: SimpleNamespace(results=[SimpleNamespace(flagged=flagged)])
        )


@dataclass
class FakeVoyage:
    dim: int = 4
    calls: list = field(default_factory=list)

    def embed(self, texts, model=None, input_type=None):
        self.calls.append((tuple(texts), input_type))
        vecs = [[float(len(t) % 7), 1.0, 0.5, float(i)][: self.dim] for i, t in enumerate(texts)]
        return SimpleNamespace(embeddings=vecs, total_tokens=sum(len(t.split()) for t in texts))

    def rerank(self, query, documents, model=None, top_k=None):
        results = [SimpleNamespace(index=i, relevance_score=1.0 / (i + 1)) for i in range(len(documents))]
        return SimpleNamespace(results=results[:top_k])

    def count_tokens(self, texts, model=None):
        return sum(len(t.split()) for t in texts)
