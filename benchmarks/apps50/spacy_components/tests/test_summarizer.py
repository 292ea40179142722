from __future__ import annotations

from types import SimpleNamespace
from unittest.mock import MagicMock

from llm_pipes.components.summarizer import LLMSummarizer

LONG_TEXT = "Acme Corp acquired Globex on Monday. " * 30


def test_summarizer_from_config(blank_nlp, fake_openai):
    blank_nlp.add_pipe(
        "llm_summarizer",
        config={"client": {"@misc": "test.fake_openai.v1"}, "min_chars": 10},
    )
    doc = blank_nlp(LONG_TEXT)
    assert doc._.summary == "- a summary"
    assert fake_openai.calls[0]["model"] == "gpt-4o-mini"


def test_short_docs_skip_the_llm(blank_nlp, fake_openai):
    blank_nlp.add_pipe("llm_summarizer", config={"client": {"@misc": "test.fake_openai.v1"}})
    doc = blank_nlp("Too short.")
    assert doc._.summary == "Too short."
    assert fake_openai.calls == []


def test_summarizer_with_magicmock(blank_nlp):
    client = MagicMock()
    client.chat.completions.create.return_value = SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content=" mocked "))]
    )
    comp = LLMSummarizer(client, "gpt-4o-mini", "gpt-4o", 50, "abstract", 10)
    doc = comp(blank_nlp.make_doc(LONG_TEXT))
    assert doc._.summary == "mocked"
    client.chat.completions.create.assert_called_once()
    _, kwargs = client.chat.completions.create.call_args
    assert kwargs["max_tokens"] == 50


def test_stream_summary(blank_nlp):
    from .fakes import FakeOpenAI

    fake = FakeOpenAI(reply="one two three")
    comp = LLMSummarizer(fake, "gpt-4o-mini", "gpt-4o", 50, "bullets", 10)
    seen = []
    summary = comp.stream_summary(blank_nlp.make_doc(LONG_TEXT), on_token=seen.append)
    assert summary == "onetwothree"
    assert seen == ["one", "two", "three"]
