"""Hand-rolled fakes for the vendor clients. Only the surface the steps use."""
from __future__ import annotations

import io
import json
from types import SimpleNamespace as NS


class FakeOpenAI:
    def __init__(self, content: str = "{}"):
        self.content = content
        self.calls: list[dict] = []
        self.chat = NS(completions=NS(create=self._create))
        self.moderations = NS(create=self._moderate)
        self.responses = NS(create=self._respond)

    def _create(self, **kwargs):
        self.calls.append(kwargs)
        return NS(
            choices=[NS(message=NS(content=self.content))],
            usage=NS(prompt_tokens=10, completion_tokens=5),
        )

    def _moderate(self, **kwargs):
        self.calls.append(kwargs)
        cats = NS(model_dump=lambda by_alias=True: {"violence": False, "sexual/minors": False})
        return NS(results=[NS(categories=cats, flagged=False)])

    def _respond(self, **kwargs):
        self.calls.append(kwargs)
        return NS(output_text=self.content, usage=NS(input_tokens=10, output_tokens=5))


class FakeAnthropic:
    def __init__(self, text: str = "summary"):
        self.text = text
        self.calls: list[dict] = []
        self.messages = NS(create=self._create, count_tokens=lambda **kw: NS(input_tokens=42))

    def _create(self, **kwargs):
        self.calls.append(kwargs)
        return NS(content=[NS(type="text", text=self.text)], usage=NS(input_tokens=12, output_tokens=7))


class FakeBedrockRuntime:
    def __init__(self, text: str = "[]"):
        self.text = text
        self.calls: list[tuple[str, dict]] = []

    def converse(self, **kwargs):
        self.calls.append(("converse", kwargs))
        return {
            "output": {"message": {"content": [{"text": self.text}]}},
            "usage": {"inputTokens": 100, "outputTokens": 20},
            "stopReason": "end_turn",
        }

    def invoke_model(self, **kwargs):
        self.calls.append(("invoke_model", kwargs))
        body = {"results": [{"outputText": self.text}], "content": [{"text": self.text}]}
        return {"body": io.BytesIO(json.dumps(body).encode())}


class FakeVoyage:
    def __init__(self, dim: int = 4):
        self.dim = dim
        self.calls = 0

    def embed(self, texts, model=None, input_type=None):
        self.calls += 1
        return NS(embeddings=[[float(len(t))] * self.dim for t in texts], total_tokens=len(texts))

    def rerank(self, query, documents, model=None, top_k=None):
        ranked = sorted(documents, key=len, reverse=True)[: top_k or len(documents)]
        return NS(results=[NS(document=d, index=documents.index(d), relevance_score=1.0) for d in ranked])


class FakeCohere:
    def __init__(self):
        self.calls: list[dict] = []

    def rerank(self, **kwargs):
        self.calls.append(kwargs)
        n = kwargs.get("top_n") or len(kwargs["documents"])
        return NS(results=[NS(index=i, relevance_score=1.0 - i / 10) for i in range(n)])

    def chat(self, **kwargs):
        self.calls.append(kwargs)
        return NS(message=NS(content=[NS(text="translated")]))
