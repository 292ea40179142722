from __future__ import annotations

import asyncio
from types import SimpleNamespace
from unittest.mock import AsyncMock

from doctools.summarize import AsyncPageSummarizer, PageSummarizer


def test_summarize_uses_responses_api(fake_openai, tmp_cache):
    summarizer = PageSummarizer(fake_openai, "gpt-test", cache=tmp_cache)
    result = summarizer.summarize("Install", "install.md", "# Install\n\npip install thing")
    assert result.text == "A short summary."
    assert not result.cached
    assert fake_openai.responses.calls[0]["model"] == "gpt-test"


def test_summarize_is_cached(fake_openai, tmp_cache):
    summarizer = PageSummarizer(fake_openai, "gpt-test", cache=tmp_cache)
    summarizer.summarize("Install", "install.md", "body")
    again = summarizer.summarize("Install", "install.md", "body")
    assert again.cached
    assert len(fake_openai.responses.calls) == 1


def test_empty_page_skips_model(fake_openai):
    summarizer = PageSummarizer(fake_openai, "gpt-test")
    assert summarizer.summarize("Empty", "e.md", "   ").text == ""
    assert fake_openai.responses.calls == []


def test_fake_chat_shape(fake_openai):
    completion = fake_openai.chat.completions.create(model="gpt-test", messages=[])
    assert completion.choices[0].message.content == "A short summary."


def test_async_summarizer_records_usage(tmp_path, monkeypatch):
    from doctools.services import llm_usage_tracker

    monkeypatch.setattr(llm_usage_tracker.llm_tracker, "path", tmp_path / "usage.jsonl")
    client = SimpleNamespace(chat=SimpleNamespace(completions=SimpleNamespace(create=AsyncMock())))
    client.chat.completions.create.return_value = SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content="ok"))],
        usage=SimpleNamespace(prompt_tokens=12, completion_tokens=3),
    )
    text = asyncio.run(AsyncPageSummarizer(client, "gpt-test").summarize("T", "p.md", "body"))
    assert text == "ok"
    assert '"input_tokens": 12' in (tmp_path / "usage.jsonl").read_text()
