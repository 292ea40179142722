"""Hand-rolled fakes for the provider SDKs. Only the bits we touch."""
from __future__ import annotations

from types import SimpleNamespace as NS


class FakeOpenAI:
    def __init__(self, text: str = "fake answer", dim: int = 8) -> None:
        self.text = text
        self.dim = dim
        self.calls: list[dict] = []
        self.chat = NS(completions=NS(create=self._chat_create))
        self.embeddings = NS(create=self._embed_create)

    def _chat_create(self, **kw):
        self.calls.append(kw)
        return NS(
            choices=[NS(message=NS(content=self.text))],
            usage=NS(prompt_tokens=10, completion_tokens=5),
        )

    def _embed_create(self, model, input=None, inputs=None):
        items = input if input is not None else inputs
        self.calls.append({"model": model, "input": items})
        return NS(data=[NS(embedding=[float(len(t) % 7)] * self.dim) for t in items])


class FakeCohere:
    def __init__(self) -> None:
        self.fail = False

    def rerank(self, model, query, documents, top_n):
        if self.fail:
            raise RuntimeError("cohere down")
        order = sorted(range(len(documents)), key=lambda i: -len(documents[i]))[:top_n]
        return NS(results=[NS(index=i, relevance_score=1.0 / (r + 1)) for r, i in enumerate(order)])

    def chat(self, model, messages, **kw):
        return NS(message=NS(content=[NS(text="A")]), usage=None)


class FakeMistral:
    def __init__(self, text: str = "rewritten query") -> None:
        self.text = text
        self.chat = NS(complete=self._complete)
        self.embeddings = NS(create=lambda model, inputs: NS(data=[NS(embedding=[0.1] * 8) for _ in inputs]))

    def _complete(self, **kw):
        return NS(choices=[NS(message=NS(content=self.text))], usage=NS(prompt_tokens=1, completion_tokens=1))


class FakeCerebras:
    def __init__(self, payload: str = '{"grounded": true, "relevant": true, "score": 4}') -> None:
        self.chat = NS(completions=NS(create=lambda **kw: NS(choices=[NS(message=NS(content=payload))])))
