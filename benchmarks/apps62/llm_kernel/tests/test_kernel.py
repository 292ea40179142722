from types import SimpleNamespace
from unittest import mock

import pytest

from llm_kernel import explain, summarize


def test_explain_code_uses_given_client(fake_anthropic):
    text = explain.explain_code(fake_anthropic, "x = 1", question="why?")
    assert text == "claude says hi"
    assert "Specific question: why?" in fake_anthropic.messages.calls[0]["messages"][0]["content"]


def test_summarize_traceback_with_mocked_mistral(monkeypatch):
    client = mock.MagicMock()
    client.chat.complete.return_value = SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content="bad index"))]
    )
    monkeypatch.setattr(summarize, "get_mistral_client", lambda: client)
    assert summarize.summarize_traceback("Traceback (most recent call last):\nIndexError") == "bad index"
    client.chat.complete.assert_called_once()


@pytest.mark.asyncio
async def test_summarize_output_async(monkeypatch):
    client = mock.AsyncMock()
    client.responses.create.return_value = SimpleNamespace(output_text="- 3 rows")
    monkeypatch.setattr(summarize.clients, "get_async_openai_client", lambda: client)
    assert await summarize.summarize_output("a\nb\nc") == "- 3 rows"


def test_mock_openai_create_direct():
    client = mock.MagicMock()
    client.chat.completions.create(model="gpt-4o-mini", messages=[])
    client.chat.completions.create.assert_called_once()


@pytest.mark.asyncio
async def test_tracker_records_tokens(tmp_path, fake_anthropic):
    from llm_kernel.services.llm_usage_tracker import LLMUsageTracker

    tracker = LLMUsageTracker(path=tmp_path / "usage.jsonl")
    async with tracker.track_llm_call(provider="anthropic", model="claude-3-5-haiku-20241022") as usage_log:
        msg = fake_anthropic.messages.create(model="claude-3-5-haiku-20241022", max_tokens=10, messages=[])
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    tin, tout, usd = tracker.session_total()
    assert (tin, tout) == (12, 4)
    assert usd > 0
    assert (tmp_path / "usage.jsonl").read_text().count("\n") == 1


def test_tracker_marks_failures(tmp_path):
    import asyncio

    from llm_kernel.services.llm_usage_tracker import LLMUsageTracker

    tracker = LLMUsageTracker(path=tmp_path / "usage.jsonl")

    async def boom():
        async with tracker.track_llm_call(provider="openai", model="gpt-4o-mini"):
            raise RuntimeError("rate limited")

    with pytest.raises(RuntimeError):
        asyncio.run(boom())
    assert tracker.session_logs[0].success is False
