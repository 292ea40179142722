"""Shared fixtures. All LLM clients are replaced by in-memory fakes: no network in CI."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import pandas as pd
import pytest

from catalog_enrichment.llm import factories
from catalog_enrichment.llm.registry import clients


@dataclass
class _Recorder:
    calls: list[dict[str, Any]] = field(default_factory=list)


class FakeChatCompletions:
    def __init__(self, recorder: _Recorder, reply: str) -> None:
        self._recorder = recorder
        self._reply = reply

    def create(self, **kwargs: Any) -> SimpleNamespace:
        self._recorder.calls.append(kwargs)
        message = SimpleNamespace(content=self._reply, refusal=None, parsed=None)
        return SimpleNamespace(
            choices=[SimpleNamespace(message=message)],
            usage=SimpleNamespace(prompt_tokens=10, completion_tokens=5, total_tokens=15),
            model=kwargs.get("model"),
        )


class FakeOpenAI:
    """Just enough of openai.OpenAI for our nodes."""

    def __init__(self, reply: str = "{}") -> None:
        self.recorder = _Recorder()
        self.chat = SimpleNamespace(completions=FakeChatCompletions(self.recorder, reply))
        self.embeddings = SimpleNamespace(create=self._embed)

    def _embed(self, model: str, input: list[str], **_: Any) -> SimpleNamespace:
        self.recorder.calls.append({"model": model, "input": input})
        return SimpleNamespace(
            data=[SimpleNamespace(embedding=[0.1, 0.2, 0.3]) for _ in input],
            usage=SimpleNamespace(total_tokens=len(input)),
        )


class FakeMessages:
    def __init__(self, recorder: _Recorder, reply: str) -> None:
        self._recorder = recorder
        self._reply = reply

    def create(self, *, model: str, max_tokens: int, messages: list[dict], **kwargs: Any) -> SimpleNamespace:
        self._recorder.calls.append({"model": model, "max_tokens": max_tokens, "messages": messages, **kwargs})
        return SimpleNamespace(
            content=[SimpleNamespace(type="text", text=self._reply)],
            stop_reason="end_turn",
            usage=SimpleNamespace(input_tokens=12, output_tokens=30),
        )


class FakeAnthropic:
    def __init__(self, reply: str = "A soft cotton tee.") -> None:
        self.recorder = _Recorder()
        self.messages = FakeMessages(self.recorder, reply)


class FakeMistralChat:
    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.calls: list[dict[str, Any]] = []

    def complete(self, *, model: str, messages: list[dict], **kwargs: Any) -> SimpleNamespace:
        self.calls.append({"model": model, "messages": messages})
        text = f"{self.prefix}{messages[-1]['content']}"
        return SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(content=text))])


class FakeMistral:
    def __init__(self, prefix: str = "[fr] ") -> None:
        self.chat = FakeMistralChat(prefix)


@pytest.fixture
def products() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "sku": ["A1", "B2"],
            "title": ["Organic cotton crew tee", "Oak side table"],
            "brand": ["Northwind", "Hearth&Co"],
            "description": ["100% organic cotton. Machine wash 30.", "Solid oak, oiled finish."],
            "category": ["tops", "furniture"],
        }
    )


@pytest.fixture
def fake_openai() -> FakeOpenAI:
    return FakeOpenAI(reply=json.dumps({"colour": "white", "material": "cotton"}))


@pytest.fixture
def fake_anthropic() -> FakeAnthropic:
    return FakeAnthropic()


@pytest.fixture(autouse=True)
def _isolated_registry():
    clients.clear()
    factories.clear_client_caches()
    yield
    clients.clear()
