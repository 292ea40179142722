import asyncio
import json

import pytest

from art_muse.services.llm_usage_tracker import LLMUsageTracker, calculate_cost


def test_tracker_writes_usage(tmp_path):
    tracker = LLMUsageTracker(path=str(tmp_path / "usage.jsonl"))

    async def go():
        async with tracker.track_llm_call(provider="openai", model="gpt-4o-mini",
                                          feature_context="test") as usage_log:
            usage_log.input_tokens = 100
            usage_log.output_tokens = 50

    asyncio.run(go())
    row = json.loads((tmp_path / "usage.jsonl").read_text().splitlines()[0])
    assert row["input_tokens"] == 100 and row["success"]
    assert tracker.month_summary()["calls"] == 1


def test_tracker_records_failure(tmp_path):
    tracker = LLMUsageTracker(path=str(tmp_path / "usage.jsonl"))

    async def go():
        async with tracker.track_llm_call(provider="anthropic", model="m", feature_context="t"):
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        asyncio.run(go())
    assert '"success": false' in (tmp_path / "usage.jsonl").read_text()


def test_cost():
    assert calculate_cost("gpt-4o-mini", 1_000_000, 0) == pytest.approx(0.15)
    assert calculate_cost("unknown", 10, 10) == 0.0
