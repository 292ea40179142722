from __future__ import annotations

import types
from typing import Any, Sequence

import pytest

from hydra_evals.models.base import BaseModel, GenerationResult


class FakeModel(BaseModel):
    """Deterministic model: returns canned answers in order, then repeats the last one."""

    provider = "fake"

    def __init__(self, answers: Sequence[str] = ("42",), model_name: str = "fake-1", **kwargs: Any) -> None:
        super().__init__(model_name, **kwargs)
        self.answers = list(answers)
        self.calls: list[Any] = []

    def generate(self, prompt, **kwargs) -> GenerationResult:
        self.calls.append(prompt)
        text = self.answers[min(len(self.calls) - 1, len(self.answers) - 1)]
        return GenerationResult(text=text, model=self.model_name, input_tokens=10, output_tokens=2)


def _chat_response(content: str, model: str = "fake") -> Any:
    msg = types.SimpleNamespace(content=content, parsed=None)
    choice = types.SimpleNamespace(message=msg, finish_reason="stop", logprobs=None)
    usage = types.SimpleNamespace(prompt_tokens=7, completion_tokens=3)
    return types.SimpleNamespace(choices=[choice], model=model, usage=usage)


class FakeCompletions:
    def __init__(self, content: str = "ok") -> None:
        self.content = content
        self.requests: list[dict[str, Any]] = []

    def create(self, **kwargs: Any) -> Any:
        self.requests.append(kwargs)
        n = kwargs.get("n", 1)
        resp = _chat_response(self.content, kwargs.get("model", "fake"))
        resp.choices = resp.choices * n
        return resp


class FakeOpenAIClient:
    """Just enough of the OpenAI client surface for the wrappers."""

    def __init__(self, content: str = "ok") -> None:
        self.chat = types.SimpleNamespace(completions=FakeCompletions(content))
        self.embeddings = types.SimpleNamespace(create=self._embed)

    @staticmethod
    def _embed(model: str, input: list[str], **_: Any) -> Any:
        data = [types.SimpleNamespace(embedding=[float(len(t)), 1.0, 0.0], index=i) for i, t in enumerate(input)]
        return types.SimpleNamespace(data=data)


@pytest.fixture
def fake_model() -> FakeModel:
    return FakeModel()


@pytest.fixture
def fake_openai() -> FakeOpenAIClient:
    return FakeOpenAIClient()


@pytest.fixture(autouse=True)
def _no_real_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    for k in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "TOGETHER_API_KEY", "FIREWORKS_API_KEY"):
        monkeypatch.setenv(k, "test-key")
