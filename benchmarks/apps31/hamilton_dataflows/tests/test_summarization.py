from __future__ import annotations

from unittest import mock

import pandas as pd

from enrichment.dataflows import summarization


def test_anthropic_variant(docs, fake_anthropic):
    out = summarization.summaries__anthropic(docs, anthropic_client=fake_anthropic)
    assert list(out.index) == ["a", "b"]
    assert out["a"] == "claude says hi"
    assert fake_anthropic.messages.calls[0]["max_tokens"] == 400


def test_openai_variant(docs, fake_openai):
    out = summarization.summaries__openai(docs, openai_client=fake_openai)
    assert (out == "a summary").all()


def test_openai_variant_with_mock(docs):
    client = mock.MagicMock()
    client.chat.completions.create.return_value.choices = [mock.Mock(message=mock.Mock(content="mocked"))]
    out = summarization.summaries__openai(docs, openai_client=client)
    assert out["b"] == "mocked"
    client.chat.completions.create.assert_called()


def test_summary_lengths():
    s = pd.Series({"a": "one two three", "b": "x"})
    assert summarization.summary_lengths(s).tolist() == [3, 1]
