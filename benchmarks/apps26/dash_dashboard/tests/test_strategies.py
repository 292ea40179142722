from __future__ import annotations

import pytest

import ai.strategies as strategies
from tests.conftest import FakeAnthropic, FakeBedrock, FakeOpenAI


@pytest.fixture(autouse=True)
def _patch_getters(monkeypatch):
    fakes = {
        "openai": FakeOpenAI("openai says hi"),
        "groq": FakeOpenAI("groq says hi"),
        "anthropic": FakeAnthropic("claude says hi"),
        "bedrock": FakeBedrock("bedrock says hi"),
    }
    monkeypatch.setattr(strategies, "get_openai_client", lambda: fakes["openai"])
    monkeypatch.setattr(strategies, "get_groq_client", lambda: fakes["groq"])
    monkeypatch.setattr(strategies, "get_anthropic_client", lambda: fakes["anthropic"])
    monkeypatch.setattr(strategies, "get_bedrock_runtime", lambda: fakes["bedrock"])
    return fakes


def test_registry_has_all_providers():
    assert {"openai", "anthropic", "gemini", "mistral", "groq", "together", "bedrock", "tracked"} <= set(
        strategies.STRATEGIES
    )


def test_register_twice_raises():
    with pytest.raises(ValueError):
        strategies.register("openai")(lambda prompt, **kw: None)


@pytest.mark.parametrize("name,expected", [("openai", "openai says hi"), ("groq", "groq says hi")])
def test_openai_shaped_strategies(name, expected, _patch_getters):
    result = strategies.run_strategy(name, "how were sales?")
    assert result.text == expected
    assert result.input_tokens == 11
    sent = _patch_getters[name].chat.completions.calls[0]
    assert sent["messages"][-1]["content"] == "how were sales?"


def test_anthropic_strategy(_patch_getters):
    result = strategies.run_strategy("anthropic", "q", max_tokens=50)
    assert result.text == "claude says hi"
    assert _patch_getters["anthropic"].messages.calls[0]["max_tokens"] == 50


def test_bedrock_strategy(_patch_getters):
    result = strategies.run_strategy("bedrock", "q")
    assert result.output_tokens == 9
    assert _patch_getters["bedrock"].requests[0]["inferenceConfig"]["maxTokens"] == 600


def test_fake_client_direct():
    fake = FakeOpenAI("direct")
    resp = fake.chat.completions.create(model="gpt-test", messages=[{"role": "user", "content": "x"}])
    assert resp.choices[0].message.content == "direct"
