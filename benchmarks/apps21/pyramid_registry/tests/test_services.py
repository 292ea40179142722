import asyncio
from unittest import mock

import pytest

from lexreview.services import clause_extraction, embeddings, summarizer
from lexreview.services.llm_usage_tracker import LLMUsageTracker
from lexreview.services.privilege_review import PrivilegeReviewer
from lexreview.services.redaction import RedactionSuggester, apply_redactions

from .conftest import FakeAnthropic, FakeOpenAI


def test_extract_clauses_parses_json():
    client = FakeAnthropic()
    out = clause_extraction.extract_clauses(client, "text")
    assert out["governing_law"]["text"] == "New York"


def test_extract_clauses_bad_json():
    client = FakeAnthropic(text="no json here")
    with pytest.raises(clause_extraction.ClauseExtractionError):
        clause_extraction.extract_clauses(client, "text")


def test_privilege_reviewer_with_fake():
    fake = FakeOpenAI(
        reply='{"privileged": true, "basis": "attorney_client", "confidence": 0.9, "rationale": "counsel"}'
    )
    reviewer = PrivilegeReviewer(fake, model="gpt-4o")
    doc = mock.MagicMock(text="From: outside counsel", matter_id=3)
    result = reviewer.review(doc)
    assert result.privileged is True
    assert fake.chat.completions.calls[0]["response_format"]["type"] == "json_schema"


def test_summarize_document_reads_registry():
    registry = {"deepseek_client": FakeOpenAI(reply="  short  "), "deepseek_model": "deepseek-chat"}
    assert summarizer.summarize_document(registry, "long text") == "short"


def test_rerank_hits_with_magicmock():
    together = mock.MagicMock()
    together.rerank.create.return_value.results = [mock.MagicMock(index=1, relevance_score=0.9)]
    d0, d1 = mock.MagicMock(snippet="a"), mock.MagicMock(snippet="b")
    out = embeddings.rerank_hits(together, "q", [(d0, 0.1), (d1, 0.2)])
    assert out == [(d1, 0.9)]


def test_redaction_merges_regex_hits(config):
    suggester = RedactionSuggester(config.registry)
    hits = suggester.suggest("SSN 123-45-6789, mail jo@example.com")
    cats = sorted(h["category"] for h in hits)
    assert cats == ["EMAIL", "SSN"]
    assert "[REDACTED]-SSN" in apply_redactions("SSN 123-45-6789", hits)


def test_tracker_records_tokens():
    tracker = LLMUsageTracker()

    async def go():
        async with tracker.track_llm_call(provider="openai", model="gpt-4o-mini", feature_context="t") as log:
            log.input_tokens = 10
            log.output_tokens = 5

    asyncio.run(go())
    (row,) = tracker.drain()
    assert (row.input_tokens, row.output_tokens) == (10, 5)
    assert row.cost_usd > 0
