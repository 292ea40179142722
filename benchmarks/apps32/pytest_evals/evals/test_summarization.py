"""Summarization evals for evalkit.summarizer (Claude)."""
from __future__ import annotations

import pytest

from evalkit import summarize_document, summarize_many
from evalkit.summarizer import bullet_summary, fits_in_context
from evals.graders import rubric_grade
from evals.graders.faithfulness import grade_faithfulness

pytestmark = pytest.mark.needs_provider("anthropic")

CRITERIA = [
    "mentions the main subject of the document",
    "contains no invented numbers",
    "is at most three sentences",
]


def test_summaries_follow_rubric(anthropic_client, summarization_rows, record_score):
    docs = [r["document"] for r in summarization_rows]
    if not docs:
        pytest.skip("summarization dataset missing")
    summaries = summarize_many(anthropic_client, docs)
    totals = []
    for summary in summaries:
        graded = rubric_grade(summary, CRITERIA)
        totals.append(sum(graded.values()) / len(CRITERIA))
    score = sum(totals) / len(totals)
    record_score("rubric", score)
    assert score >= 0.8


async def test_summaries_are_faithful(anthropic_client, summarization_rows):
    for row in summarization_rows[:5]:
        if not fits_in_context(anthropic_client, row["document"]):
            continue
        summary = summarize_document(anthropic_client, row["document"])
        verdict = await grade_faithfulness(row["document"], summary)
        assert verdict["faithful"], verdict["unsupported_claims"]


def test_bullet_summary_nonempty(anthropic_client, summarization_rows):
    row = summarization_rows[0] if summarization_rows else {"document": "Pytest is a testing framework."}
    bullets = bullet_summary(anthropic_client, row["document"])
    assert 1 <= len(bullets) <= 8


def test_refuses_to_summarize_empty(anthropic_client):
    msg = anthropic_client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=100,
        system="Summarize the user's document. If there is no document, reply NO_DOCUMENT.",
        messages=[{"role": "user", "content": "   "}],
    )
    assert "NO_DOCUMENT" in msg.content[0].text
