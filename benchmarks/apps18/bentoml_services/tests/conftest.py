from __future__ import annotations

import os
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import pytest

os.environ.setdefault("MLSERVE_ENV", "test")


@dataclass
class RecordedCall:
    kwargs: dict[str, Any]


@dataclass
class FakeCompletions:
    reply: str = "fake summary"
    calls: list[RecordedCall] = field(default_factory=list)

    def create(self, **kwargs: Any) -> SimpleNamespace:
        self.calls.append(RecordedCall(kwargs))
        if kwargs.get("stream"):
            return iter(
                SimpleNamespace(choices=[SimpleNamespace(delta=SimpleNamespace(content=tok))])
                for tok in self.reply.split(" ")
            )
        return SimpleNamespace(
            model=kwargs["model"],
            choices=[SimpleNamespace(message=SimpleNamespace(content=self.reply))],
            usage=SimpleNamespace(prompt_tokens=11, completion_tokens=7, total_tokens=18),
        )


class FakeOpenAI:
    """Just enough of ``openai.OpenAI`` for the summarizer and the adapters."""

    def __init__(self, reply: str = "fake summary") -> None:
        self.completions = FakeCompletions(reply=reply)
        self.chat = SimpleNamespace(completions=self.completions)
        self.embeddings = SimpleNamespace(create=self._embed)

    def _embed(self, model: str, input: list[str], **_: Any) -> SimpleNamespace:
        return SimpleNamespace(
            data=[SimpleNamespace(embedding=[0.1, 0.2, 0.3]) for _ in input],
            usage=SimpleNamespace(total_tokens=len(input) * 4),
        )


class FakeBedrockRuntime:
    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []

    def converse(self, **kwargs: Any) -> dict[str, Any]:
        self.requests.append(kwargs)
        return {
            "output": {"message": {"content": [{"text": f"part{len(self.requests)}"}]}},
            "usage": {"inputTokens": 100, "outputTokens": 20},
        }


@pytest.fixture
def fake_openai() -> FakeOpenAI:
    return FakeOpenAI()


@pytest.fixture
def fake_bedrock() -> FakeBedrockRuntime:
    return FakeBedrockRuntime()


@pytest.fixture(autouse=True)
def _clear_caches():
    from mlserve.clients import reset_clients
    from mlserve.config import get_settings

    get_settings.cache_clear()
    reset_clients()
    yield
