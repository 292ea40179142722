from __future__ import annotations

import types
from unittest import mock

import pytest

from hydra_evals.cache import CachedModel, ResponseCache
from hydra_evals.models.anthropic_model import AnthropicModel
from hydra_evals.models.openai_model import OpenAIChatModel

from .conftest import FakeModel, FakeOpenAIClient


def test_openai_wrapper_passes_params(fake_openai: FakeOpenAIClient) -> None:
    model = OpenAIChatModel("gpt-4o-mini", client=fake_openai, temperature=0.3, max_tokens=64)
    result = model.generate("hello")
    req = fake_openai.chat.completions.requests[-1]
    assert req["model"] == "gpt-4o-mini"
    assert req["temperature"] == 0.3
    assert req["max_tokens"] == 64
    assert result.text == "ok"
    assert result.input_tokens == 7


def test_openai_system_prompt_inserted(fake_openai: FakeOpenAIClient) -> None:
    model = OpenAIChatModel("gpt-4o-mini", client=fake_openai, system_prompt="be terse")
    model.generate([{"role": "user", "content": "hi"}])
    messages = fake_openai.chat.completions.requests[-1]["messages"]
    assert messages[0] == {"role": "system", "content": "be terse"}


def test_sample_n_returns_n(fake_openai: FakeOpenAIClient) -> None:
    model = OpenAIChatModel("gpt-4o-mini", client=fake_openai)
    assert len(model.sample_n("q", n=4)) == 4


def test_anthropic_wrapper_splits_system() -> None:
    fake_client = mock.MagicMock()
    block = types.SimpleNamespace(type="text", text="pong")
    fake_client.messages.create.return_value = types.SimpleNamespace(
        content=[block], model="claude-test", stop_reason="end_turn",
        usage=types.SimpleNamespace(input_tokens=5, output_tokens=1),
    )
    with mock.patch("hydra_evals.models.anthropic_model.get_anthropic_client", return_value=fake_client):
        model = AnthropicModel("claude-test", system_prompt="sys")
        out = model.generate("ping")
    kwargs = fake_client.messages.create.call_args.kwargs
    assert kwargs["system"] == "sys"
    assert all(m["role"] != "system" for m in kwargs["messages"])
    assert out.text == "pong"


def test_retries_then_succeeds(monkeypatch: pytest.MonkeyPatch, fake_openai: FakeOpenAIClient) -> None:
    monkeypatch.setattr("time.sleep", lambda _: None)
    flaky = mock.MagicMock(side_effect=[RuntimeError("429"), fake_openai.chat.completions.create(model="m", messages=[])])
    model = OpenAIChatModel("m", client=fake_openai)
    model.client.chat.completions.create = flaky
    assert model.generate("x").text == "ok"
    assert flaky.call_count == 2


def test_cached_model_hits(tmp_path) -> None:
    inner = FakeModel(answers=["a", "b"])
    cached = CachedModel(inner, ResponseCache(tmp_path / "c.sqlite"))
    assert cached.generate("q").text == "a"
    assert cached.generate("q").text == "a"
    assert len(inner.calls) == 1
    assert cached.cache.hits == 1


def test_generate_batch_preserves_order() -> None:
    model = FakeModel(answers=["x"])
    results = model.generate_batch([f"p{i}" for i in range(20)], num_workers=4)
    assert len(results) == 20
