from unittest import mock

import pytest

from proposalwriter.writers import pricing, review, sections
from tests.fakes import FakeAnthropic, FakeGenAI, FakeOpenAI, FakeXai, openai_completion


def test_exec_summary_uses_system_prompt():
    client = FakeOpenAI("Summary text")
    out = sections.write_executive_summary(client, "brief", "ctx", tone="warm")
    assert out == "Summary text"
    call = client.chat.completions.calls[0]
    assert call["messages"][0]["role"] == "system"
    assert "warm" in call["messages"][1]["content"]


def test_scope_joins_text_blocks():
    assert sections.write_scope(FakeAnthropic("Scope!"), "b", "c") == "Scope!"


def test_timeline_with_gemini():
    assert sections.write_timeline(FakeGenAI("| Phase |"), "brief") == "| Phase |"


def test_grok_critique():
    assert review.critique_with_grok(FakeXai("too vague"), "draft") == "too vague"


def test_pricing_totals():
    fake = FakeOpenAI('{"line_items": [{"role": "developer", "days": 2}]}')
    with mock.patch.object(pricing, "get_cerebras", return_value=fake):
        result = pricing.estimate_pricing("scope")
    assert result["total"] == 1800


def test_pricing_bad_json_is_empty():
    fake = mock.MagicMock()
    fake.chat.completions.create.return_value = openai_completion("not json")
    with mock.patch.object(pricing, "get_cerebras", return_value=fake):
        assert pricing.estimate_pricing("scope") == {"line_items": [], "total": 0}
    fake.chat.completions.create.assert_called_once()


def test_fake_directly():
    client = FakeOpenAI("x")
    resp = client.chat.completions.create(model="gpt-4o-mini", messages=[])
    assert resp.choices[0].message.content == "x"


@pytest.mark.parametrize("body,expected", [("## A\n\nx\n\n## B\n\ny", 2), ("plain", 1), ("", 0)])
def test_split_sections(body, expected):
    assert len(sections.split_sections(body)) == expected


def test_stream_grok_critique_yields_words():
    out = "".join(review.stream_grok_critique(FakeXai("a b c"), "draft"))
    assert out.split() == ["a", "b", "c"]


def test_quick_line_items_strips():
    fake = FakeOpenAI("  4 ")
    with mock.patch.object(pricing, "get_cerebras", return_value=fake):
        assert pricing.quick_line_items("Homepage design") == "4"
    assert fake.completions.calls[0]["max_tokens"] == 16


def test_price_items_default_rate():
    result = pricing.price_items([{"role": "copywriter", "days": 2}])
    assert result["line_items"][0]["rate"] == 850
    assert result["total"] == 1700
