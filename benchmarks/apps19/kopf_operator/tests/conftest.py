from __future__ import annotations

import types
from unittest.mock import MagicMock

import kopf
import pytest

from aiops_operator.config import OperatorConfig


class FakeBedrockRuntime:
    """Records Converse calls and answers with a canned message."""

    def __init__(self, text: str = "ok", stop_reason: str = "end_turn"):
        self.calls: list[dict] = []
        self.text = text
        self.stop_reason = stop_reason

    def converse(self, **kwargs):
        self.calls.append(kwargs)
        return {
            "output": {"message": {"role": "assistant", "content": [{"text": self.text}]}},
            "usage": {"inputTokens": 7, "outputTokens": 1, "totalTokens": 8},
            "stopReason": self.stop_reason,
        }

    def apply_guardrail(self, **kwargs):
        self.calls.append(kwargs)
        blocked = "forbidden" in kwargs["content"][0]["text"]["text"]
        return {
            "action": "GUARDRAIL_INTERVENED" if blocked else "NONE",
            "outputs": [{"text": "denied topic"}] if blocked else [],
        }


class _FakeModels:
    def __init__(self, text: str):
        self._text = text
        self.requests: list[dict] = []

    def generate_content(self, *, model, contents, config=None):
        self.requests.append({"model": model, "contents": contents})
        return types.SimpleNamespace(
            text=self._text,
            usage_metadata=types.SimpleNamespace(prompt_token_count=3, candidates_token_count=1),
            candidates=[types.SimpleNamespace(finish_reason="STOP")],
        )


class FakeGenaiClient:
    def __init__(self, text: str = "ok"):
        self.models = _FakeModels(text)


class FakePatch:
    def __init__(self):
        self.status: dict = {}
        self.spec: dict = {}
        self.meta: dict = {}


@pytest.fixture
def cfg() -> OperatorConfig:
    return OperatorConfig(namespace="test", gcp_project="proj", probe_enabled=True, model_aliases={"fast": "gpt-4o-mini"})


@pytest.fixture
def fake_bedrock() -> FakeBedrockRuntime:
    return FakeBedrockRuntime()


@pytest.fixture
def fake_genai() -> FakeGenaiClient:
    return FakeGenaiClient(text="pong")


@pytest.fixture
def memo(cfg, fake_bedrock) -> kopf.Memo:
    from aiops_operator.providers import ProviderRegistry

    m = kopf.Memo()
    m.config = cfg
    m.bedrock = fake_bedrock
    m.genai = FakeGenaiClient()
    m.mistral = MagicMock(name="mistral")
    m.router = MagicMock(name="router")
    m.watsonx = None
    m.watsonx_chat = None
    m.registry = ProviderRegistry.from_memo(m)
    return m


@pytest.fixture
def patch() -> FakePatch:
    return FakePatch()
