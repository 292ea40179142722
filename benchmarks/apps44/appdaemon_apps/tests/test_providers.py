from types import SimpleNamespace
from unittest.mock import MagicMock

import pytest

from fakes import FakeAnthropic, FakeOpenAI
from lib import providers
from lib.retry import with_backoff


def test_openai_like_dispatch():
    client = FakeOpenAI("pong")
    assert providers.complete("groq", client, "llama-3.1-8b-instant", "ping", max_tokens=3) == "pong"
    assert client.chat.completions.calls[0]["max_tokens"] == 3


def test_anthropic_dispatch():
    client = FakeAnthropic("pong")
    assert providers.complete("anthropic", client, "claude-3-5-haiku-20241022", "ping") == "pong"
    assert client.messages.calls[0]["system"].startswith("You are the assistant")


def test_ollama_dispatch():
    client = MagicMock()
    client.generate.return_value = {"response": "pong"}
    assert providers.complete("ollama", client, "llama3.1:8b", "ping") == "pong"


def test_gemini_dispatch():
    client = MagicMock()
    client.models.generate_content.return_value = SimpleNamespace(text="pong")
    assert providers.complete("gemini", client, "gemini-2.0-flash", "ping") == "pong"


def test_unknown():
    with pytest.raises(ValueError):
        providers.complete("cohere", object(), "x", "y")


class RateLimitError(Exception):
    pass


def test_with_backoff_retries(monkeypatch):
    monkeypatch.setattr("lib.retry.time.sleep", lambda s: None)
    calls = []

    def flaky(**kwargs):
        calls.append(kwargs)
        if len(calls) < 3:
            raise RateLimitError("slow down")
        return "ok"

    assert with_backoff(flaky, x=1) == "ok"
    assert len(calls) == 3
