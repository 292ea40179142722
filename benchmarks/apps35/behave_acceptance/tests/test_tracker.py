import asyncio

import pytest

from app.services.llm_usage_tracker import LLMUsageTracker, calculate_cost


def test_cost_known_model():
    assert calculate_cost("gpt-4o-mini", 1_000_000, 0) == pytest.approx(0.15)


def test_cost_unknown_model_is_zero():
    assert calculate_cost("mystery", 10, 10) == 0.0


def test_track_records_tokens():
    tracker = LLMUsageTracker()

    async def run():
        async with tracker.track_llm_call(provider="fake", model="gpt-4o", feature_context="t") as log:
            log.input_tokens = 1000
            log.output_tokens = 500

    asyncio.run(run())
    assert len(tracker.logs) == 1
    assert tracker.logs[0].cost_usd == pytest.approx(0.0075)
    assert tracker.total_cost("t") == pytest.approx(0.0075)
    assert tracker.total_cost("other") == 0


def test_track_marks_failures():
    tracker = LLMUsageTracker()

    async def run():
        async with tracker.track_llm_call(provider="fake", model="x", feature_context="t"):
            raise ValueError("boom")

    with pytest.raises(ValueError):
        asyncio.run(run())
    assert tracker.logs[0].success is False
    assert "boom" in tracker.logs[0].error
