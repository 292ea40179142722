from __future__ import annotations

import pytest

from marketcrew.costs import estimate_cost, within_budget
from marketcrew.flows import steps
from marketcrew.services.content_store import ContentStore


def test_localize_skips_source_locale(fake_genai):
    out = steps.localize_copy(fake_genai, "Hello world", ["en-US", "de-DE", "fr-FR"])
    assert out["en-US"] == "Hello world"
    assert len(fake_genai.calls) == 2


@pytest.mark.asyncio
async def test_score_variants_parses_scores(fake_anthropic):
    scores = await steps.score_variants(fake_anthropic, ["a", "b", "c"], "agency owners", "claude-test")
    assert scores == [8.0, 3.0, 6.0]
    assert all(c["model"] == "claude-test" for c in fake_anthropic.messages.calls)


def test_content_store_dedup(fake_voyage):
    store = ContentStore(embedder=fake_voyage)
    store.create("c1", "email", "Save 20% on Acme Starter this week")
    assert store.find_duplicates("Save 20% on Acme Starter this week")
    assert len(store) == 1


def test_known_model_cost():
    assert round(estimate_cost("openai/gpt-4o-mini", 1_000_000, 1_000_000), 2) == 0.75


def test_budget_guard():
    assert within_budget("gpt-4o-mini", 1000, 500, budget_usd=0.01)
    assert not within_budget("claude-sonnet-4-20250514", 2_000_000, 10_000, budget_usd=1.0)
