"""Hand-written fakes for the provider SDKs.  They mimic just enough of the
response shapes for the services under test."""
from __future__ import annotations

import json
from types import SimpleNamespace
from typing import Any


class _Recorder:
    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []


class FakeMessages(_Recorder):
    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            model=kwargs.get("model", "claude-test"),
            content=[SimpleNamespace(type="text", text=self.text)],
            usage=SimpleNamespace(input_tokens=120, output_tokens=40),
        )

    def count_tokens(self, **kwargs):
        return SimpleNamespace(input_tokens=99)


class FakeAnthropic:
    def __init__(self, text: str | None = None) -> None:
        payload = text or json.dumps(
            {"scores": {"skills_match": 4}, "overall": 4.0, "summary": "Strong fit", "red_flags": []}
        )
        self.messages = FakeMessages(payload)


class FakeCompletions(_Recorder):
    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def create(self, **kwargs):
        self.calls.append(kwargs)
        n = kwargs.get("n", 1)
        return SimpleNamespace(
            model=kwargs["model"],
            choices=[SimpleNamespace(message=SimpleNamespace(content=self.text)) for _ in range(n)],
            usage=SimpleNamespace(prompt_tokens=50, completion_tokens=80),
        )


class FakeModerations(_Recorder):
    def __init__(self, flagged: bool = False) -> None:
        super().__init__()
        self.flagged = flagged

    async def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(results=[SimpleNamespace(flagged=self.flagged)])


class FakeOpenAI:
    def __init__(self, text: str = "Subject: Hello\n\nHi Ana, ...", flagged: bool = False) -> None:
        self.chat = SimpleNamespace(completions=FakeCompletions(text))
        self.moderations = FakeModerations(flagged)


class FakeVoyage:
    def __init__(self, dim: int = 4) -> None:
        self.dim = dim
        self.embed_calls = 0

    def embed(self, texts, model=None, input_type=None):
        self.embed_calls += 1
        return SimpleNamespace(
            embeddings=[[float(len(t) % 7 + i) for i in range(self.dim)] for t in texts],
            total_tokens=sum(len(t) // 4 for t in texts),
        )

    def rerank(self, query, documents, model=None, top_k=None):
        results = [
            SimpleNamespace(index=i, relevance_score=1.0 / (i + 1), document=d)
            for i, d in enumerate(documents)
        ]
        return SimpleNamespace(results=results[:top_k])


class FakeStore:
    def __init__(self, cvs: dict[str, str]) -> None:
        self.cvs = cvs
        self.vectors: dict[str, list[float]] = {}

    def save_vector(self, cid, vec):
        self.vectors[cid] = vec

    def iter_vectors(self):
        return iter(self.vectors.items())

    def cv_text(self, cid):
        return self.cvs[cid]
