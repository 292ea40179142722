"""Hand-rolled fakes for the SDK clients -- enough surface for our code paths."""
from __future__ import annotations

from types import SimpleNamespace
from typing import Any


class _Recorder:
    def __init__(self, response: Any) -> None:
        self.response = response
        self.calls: list[dict[str, Any]] = []

    async def create(self, **kwargs: Any) -> Any:
        self.calls.append(kwargs)
        return self.response


def openai_chat_response(text: str, model: str = "gpt-4o-mini") -> SimpleNamespace:
    return SimpleNamespace(
        model=model,
        choices=[SimpleNamespace(message=SimpleNamespace(content=text))],
        usage=SimpleNamespace(prompt_tokens=11, completion_tokens=7),
    )


class FakeOpenAI:
    def __init__(self, text: str = "fake answer") -> None:
        self.chat = SimpleNamespace(completions=_Recorder(openai_chat_response(text)))
        self.moderations = _Recorder(
            SimpleNamespace(results=[SimpleNamespace(flagged=False, category_scores=None)])
        )


class FakeAnthropic:
    def __init__(self, text: str = "fake claude") -> None:
        self.messages = _Recorder(
            SimpleNamespace(
                model="claude-test",
                content=[SimpleNamespace(type="text", text=text)],
                usage=SimpleNamespace(input_tokens=5, output_tokens=3),
            )
        )


class FakeCohere:
    def __init__(self) -> None:
        self.embed_calls: list[dict[str, Any]] = []

    async def embed(self, **kwargs: Any) -> SimpleNamespace:
        self.embed_calls.append(kwargs)
        vecs = [[float(len(t)), 1.0, 0.5] for t in kwargs["texts"]]
        return SimpleNamespace(embeddings=SimpleNamespace(float_=vecs))

    async def rerank(self, **kwargs: Any) -> SimpleNamespace:
        n = kwargs.get("top_n", len(kwargs["documents"]))
        return SimpleNamespace(
            results=[SimpleNamespace(index=i, relevance_score=1.0 - i / 10) for i in range(n)]
        )

    async def chat(self, **kwargs: Any) -> SimpleNamespace:
        return SimpleNamespace(
            message=SimpleNamespace(content=[SimpleNamespace(type="text", text="cohere says hi")]),
            usage=None,
        )
