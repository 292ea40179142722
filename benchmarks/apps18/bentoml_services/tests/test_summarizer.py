from __future__ import annotations

from unittest.mock import patch

import pytest

from mlserve.types import SummarizeRequest
from services.summarizer import REDUCE_PROMPT, summarize_chunk


def test_summarize_chunk_sends_system_prompt(fake_bedrock):
    out = summarize_chunk(fake_bedrock, "some text", "anthropic.claude-3-haiku-20240307-v1:0")
    assert out == "part1"
    req = fake_bedrock.requests[0]
    assert req["modelId"].startswith("anthropic.")
    assert req["system"][0]["text"]


def test_reduce_prompt_mentions_entities():
    assert "named entity" in REDUCE_PROMPT


@pytest.fixture
def summarizer(fake_openai, fake_bedrock):
    with patch("services.summarizer.get_openai_client", return_value=fake_openai), patch(
        "services.summarizer.get_bedrock_runtime", return_value=fake_bedrock
    ), patch("services.summarizer.WatsonxProvider"):
        from services.summarizer import Summarizer

        # bentoml wraps the class; ``.inner`` is the plain user class
        yield Summarizer.inner()


def test_summarize_short_text_uses_openai(summarizer, fake_openai):
    resp = summarizer.summarize(SummarizeRequest(text="hello world", max_words=20))
    assert resp.provider == "openai"
    assert resp.summary == "fake summary"
    assert fake_openai.completions.calls[0].kwargs["max_tokens"] == 60


def test_summarize_long_text_goes_to_bedrock(summarizer, fake_bedrock):
    summarizer.settings.max_input_chars = 50
    text = "\n\n".join(["paragraph " * 20] * 3)
    resp = summarizer.summarize(SummarizeRequest(text=text))
    assert resp.provider == "bedrock"
    assert len(fake_bedrock.requests) >= 1


def test_stream_yields_tokens(summarizer):
    tokens = list(summarizer.summarize_stream("hello there"))
    assert tokens == ["fake", "summary"]
