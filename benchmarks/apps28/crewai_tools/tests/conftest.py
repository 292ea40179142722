"""Fixtures and hand-rolled fakes for provider SDK clients (shape-compatible with what our code touches)."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import pytest

from marketcrew.clients import registry, reset_clients


def _chat_completion(content: str, prompt_tokens: int = 11, completion_tokens: int = 7) -> SimpleNamespace:
    return SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content=content, parsed=None, refusal=None))],
        usage=SimpleNamespace(
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            total_tokens=prompt_tokens + completion_tokens,
        ),
    )


@dataclass
class _Recorder:
    reply: str = "ok"
    calls: list[dict[str, Any]] = field(default_factory=list)

    def create(self, **kwargs: Any) -> SimpleNamespace:
        self.calls.append(kwargs)
        return _chat_completion(self.reply)


class FakeOpenAI:
    """Covers chat.completions.create, moderations.create and responses.create."""

    def __init__(self, reply: str = "ok") -> None:
        self.completions = _Recorder(reply)
        self.chat = SimpleNamespace(completions=self.completions)
        self.moderations = SimpleNamespace(create=self._moderate)
        self.flag_all = False

    def _moderate(self, **kwargs: Any) -> SimpleNamespace:
        cats = SimpleNamespace(model_dump=lambda: {"hate": self.flag_all, "violence": False})
        return SimpleNamespace(results=[SimpleNamespace(categories=cats, flagged=self.flag_all)])


class FakeAsyncAnthropicMessages:
    def __init__(self, replies: list[str]) -> None:
        self.replies = list(replies)
        self.calls: list[dict[str, Any]] = []

    async def create(self, **kwargs: Any) -> SimpleNamespace:
        self.calls.append(kwargs)
        text = self.replies.pop(0) if self.replies else '{"score": 5}'
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=text)],
            usage=SimpleNamespace(input_tokens=20, output_tokens=5),
        )


class FakeAsyncAnthropic:
    def __init__(self, replies: list[str] | None = None) -> None:
        self.messages = FakeAsyncAnthropicMessages(replies or [])


class FakeGenai:
    def __init__(self, text: str = "translated") -> None:
        self.calls: list[dict[str, Any]] = []
        outer = self

        class _Models:
            def generate_content(self, **kwargs: Any) -> SimpleNamespace:
                outer.calls.append(kwargs)
                return SimpleNamespace(text=f"{text}:{kwargs['contents'][:10]}")

        self.models = _Models()


class FakeVoyage:
    def __init__(self, dim: int = 4) -> None:
        self.dim = dim
        self.calls = 0

    def embed(self, texts: list[str], model: str | None = None, input_type: str | None = None) -> SimpleNamespace:
        self.calls += 1
        vecs = [[float((hash(t) >> i) & 0xF) + 1.0 for i in range(self.dim)] for t in texts]
        return SimpleNamespace(embeddings=vecs, total_tokens=sum(len(t.split()) for t in texts))



@pytest.fixture(autouse=True)
def _env(monkeypatch):
    for key in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GEMINI_API_KEY", "XAI_API_KEY", "CEREBRAS_API_KEY", "VOYAGE_API_KEY"):
        monkeypatch.setenv(key, "test-key")
    reset_clients()
    registry.clear()
    yield
    registry.clear()


@pytest.fixture
def fake_openai():
    return FakeOpenAI(reply="PASS")


@pytest.fixture
def fake_anthropic():
    return FakeAsyncAnthropic(replies=['{"score": 8}', '{"score": 3}', '{"score": 6}'])


@pytest.fixture
def fake_genai():
    return FakeGenai()


@pytest.fixture
def fake_voyage():
    return FakeVoyage()
