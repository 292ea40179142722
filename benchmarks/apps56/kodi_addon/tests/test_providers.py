# -*- coding: utf-8 -*-
import asyncio
from unittest import mock

import pytest

from resources.lib.ai import providers, tokens
from resources.lib.services.llm_usage_tracker import LLMUsageTracker
from tests import conftest
from tests.fakes import FakeAnthropic, FakeOpenAI


def test_openai_backend(monkeypatch):
    fake = FakeOpenAI(reply="hi")
    monkeypatch.setattr(providers, "get_openai_client", lambda: fake)
    out = providers.complete("sys", "user", provider="openai")
    assert out.text == "hi" and out.input_tokens == 10
    assert fake.calls[0]["messages"][0] == {"role": "system", "content": "sys"}


def test_anthropic_backend(monkeypatch):
    fake = FakeAnthropic(reply="yo")
    monkeypatch.setattr(providers, "get_anthropic_client", lambda: fake)
    out = providers.complete("sys", "user", provider="anthropic")
    assert str(out) == "yo"
    assert fake.calls[0]["system"] == "sys"


def test_unknown_provider():
    with pytest.raises(ValueError):
        providers.complete("s", "u", provider="nope")


def test_ollama_backend_uses_http(monkeypatch):
    with mock.patch("resources.lib.ai.http_backend.requests.post") as post:
        post.return_value.json.return_value = {"message": {"content": "local"}}
        out = providers.complete("s", "u", provider="ollama")
    assert out.text == "local"
    assert post.call_args[0][0].endswith("/api/chat")


def test_cost():
    assert tokens.calculate_cost("gpt-4o-mini", 1000000, 0) == 0.15
    assert tokens.calculate_cost("unknown", 10, 10) == 0.0


def test_tracker_records(tmp_path):
    conftest.SETTINGS["track_usage"] = "true"
    tracker = LLMUsageTracker(db_path=str(tmp_path / "u.db"))

    async def go():
        async with tracker.track_llm_call(provider="openai", model="gpt-4o-mini", feature_context="t") as log:
            log.input_tokens = 100
            log.output_tokens = 50

    asyncio.run(go())
    rows = tracker.totals()
    assert rows[0][:4] == ("openai", "gpt-4o-mini", 100, 50)
    conftest.SETTINGS["track_usage"] = "false"


def test_mistral_backend(monkeypatch):
    from tests.fakes import FakeMistral

    fake = FakeMistral(translate=lambda s: "bonjour")
    monkeypatch.setattr(providers, "get_mistral_client", lambda: fake)
    out = providers.complete("sys", "hello", provider="mistral")
    assert out.text == "bonjour"
    assert fake.chat.calls == 1


def test_mistral_falls_back_to_http_without_sdk(monkeypatch):
    def boom():
        raise ImportError("No module named 'mistralai'")

    monkeypatch.setattr(providers, "get_mistral_client", boom)
    with mock.patch("resources.lib.ai.http_backend._session") as session:
        session.post.return_value.json.return_value = {
            "choices": [{"message": {"content": "via http"}}],
            "usage": {"prompt_tokens": 3, "completion_tokens": 4},
        }
        out = providers.complete("s", "u", provider="mistral")
    assert out.text == "via http"
    assert out.output_tokens == 4


def test_google_backend_uses_generate_content(monkeypatch):
    fake = mock.MagicMock()
    fake.models.generate_content.return_value = mock.Mock(
        text="gem", usage_metadata=mock.Mock(prompt_token_count=1, candidates_token_count=2)
    )
    monkeypatch.setattr(providers, "get_genai_client", lambda: fake)
    with mock.patch.dict("sys.modules", {"google.genai": mock.MagicMock(), "google": mock.MagicMock()}):
        out = providers.complete("s", "u", provider="google")
    assert out.text == "gem"
    fake.models.generate_content.assert_called_once()


def test_token_count_falls_back_to_rough(monkeypatch):
    monkeypatch.setattr(tokens.clients, "get_anthropic_client", mock.Mock(side_effect=RuntimeError))
    assert tokens.count("anthropic", "x" * 400, "claude-3-5-haiku-latest") == 100
