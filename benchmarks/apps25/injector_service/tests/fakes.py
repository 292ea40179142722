"""Hand-written fakes for provider clients. Shapes mirror the SDK responses we read."""
from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any


def _completion(text: str, prompt_tokens: int = 10, completion_tokens: int = 5) -> SimpleNamespace:
    return SimpleNamespace(
        id="cmpl-fake",
        choices=[SimpleNamespace(message=SimpleNamespace(content=text), text=text)],
        usage=SimpleNamespace(prompt_tokens=prompt_tokens, completion_tokens=completion_tokens),
    )


@dataclass
class _Recorder:
    calls: list[dict[str, Any]] = field(default_factory=list)


class FakeCompletions(_Recorder):
    def __init__(self, reply: str = "fake reply") -> None:
        super().__init__()
        self.reply = reply

    def create(self, **kwargs: Any) -> SimpleNamespace:
        self.calls.append(kwargs)
        return _completion(self.reply)


class FakeAsyncCompletions(FakeCompletions):
    async def create(self, **kwargs: Any) -> SimpleNamespace:  # type: ignore[override]
        self.calls.append(kwargs)
        return _completion(self.reply)


class FakeOpenAI:
    """Covers chat.completions, completions and moderations."""

    def __init__(self, reply: str = "fake reply", flagged: bool = False) -> None:
        self.chat = SimpleNamespace(completions=FakeCompletions(reply))
        self.completions = FakeCompletions(reply)
        self._flagged = flagged
        self.moderations = SimpleNamespace(create=self._moderate)

    def _moderate(self, **kwargs: Any) -> SimpleNamespace:
        cats = SimpleNamespace(model_dump=lambda by_alias=True: {"harassment": self._flagged})
        return SimpleNamespace(results=[SimpleNamespace(categories=cats)])


class FakeAsyncOpenAI:
    def __init__(self, reply: str = "fake reply") -> None:
        self.chat = SimpleNamespace(completions=FakeAsyncCompletions(reply))

        async def _responses_create(**kwargs: Any) -> SimpleNamespace:
            return SimpleNamespace(
                output_text=reply, usage=SimpleNamespace(input_tokens=3, output_tokens=2)
            )

        self.responses = SimpleNamespace(create=_responses_create)


class FakeAsyncMessages(_Recorder):
    def __init__(self, tool_input: dict | None = None, text: str = "ok") -> None:
        super().__init__()
        self.tool_input = tool_input
        self.text = text

    async def create(self, **kwargs: Any) -> SimpleNamespace:
        self.calls.append(kwargs)
        if self.tool_input is not None:
            block = SimpleNamespace(type="tool_use", input=self.tool_input, model_dump=lambda: {})
        else:
            block = SimpleNamespace(type="text", text=self.text, model_dump=lambda: {})
        return SimpleNamespace(content=[block], usage=SimpleNamespace(input_tokens=12, output_tokens=4))


class FakeAsyncAnthropic:
    def __init__(self, **kwargs: Any) -> None:
        self.messages = FakeAsyncMessages(**kwargs)


class FakeCohere:
    def __init__(self, dim: int = 4) -> None:
        self.dim = dim
        self.embed_calls: list[dict] = []

    def embed(self, **kwargs: Any) -> SimpleNamespace:
        self.embed_calls.append(kwargs)
        return SimpleNamespace(embeddings=SimpleNamespace(float_=[[1.0] * self.dim for _ in kwargs["texts"]]))

    def rerank(self, **kwargs: Any) -> SimpleNamespace:
        n = min(kwargs.get("top_n", 3), len(kwargs["documents"]))
        return SimpleNamespace(results=[SimpleNamespace(index=i, relevance_score=1.0 - i / 10) for i in range(n)])

    def tokenize(self, **kwargs: Any) -> SimpleNamespace:
        return SimpleNamespace(tokens=kwargs["text"].split())


class FakeGranite:
    def __init__(self, reply: str = "granite summary") -> None:
        self.reply = reply
        self.messages: list[list[dict]] = []

    def chat(self, messages: list[dict], params: dict | None = None) -> dict:
        self.messages.append(messages)
        return {"choices": [{"message": {"content": self.reply}}]}

    async def achat(self, messages: list[dict], params: dict | None = None) -> dict:
        return self.chat(messages, params)

    def generate_text(self, prompt: str, params: dict | None = None) -> str:
        return self.reply


class FakeGraniteEmbeddings:
    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [[float(len(t))] * 3 for t in texts]
