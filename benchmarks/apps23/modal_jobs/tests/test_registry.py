from unittest import mock

import pytest

from providers import registry
from tests.fakes import FakeAnthropic, FakeOpenAI


def test_groq_backend_returns_usage(monkeypatch):
    fake = FakeOpenAI(replies=['{"section": "news"}'])
    monkeypatch.setattr(registry, "get_groq", lambda: fake)
    text, usage = registry.BACKENDS["groq"]("sys", "prompt", 100)
    assert text == '{"section": "news"}'
    assert usage == {"input": 11, "output": 7}


def test_fallback_chain_skips_failing_backend(monkeypatch):
    broken = mock.MagicMock()
    broken.chat.completions.create.side_effect = RuntimeError("503 Service Unavailable")
    monkeypatch.setattr(registry, "get_groq", lambda: broken)
    monkeypatch.setattr(registry, "get_anthropic", lambda: FakeAnthropic("from claude"))
    name, text, usage = registry.complete_with_fallback("sys", "prompt", chain=("groq", "claude"))
    assert (name, text) == ("claude", "from claude")
    broken.chat.completions.create.assert_called_once()


def test_fallback_chain_raises_when_all_fail(monkeypatch):
    broken = mock.MagicMock()
    broken.messages.create.side_effect = RuntimeError("overloaded")
    monkeypatch.setattr(registry, "get_anthropic", lambda: broken)
    with pytest.raises(RuntimeError):
        registry.complete_with_fallback("sys", "prompt", chain=("claude",))
