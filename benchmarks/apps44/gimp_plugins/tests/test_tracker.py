import asyncio
import json

import pytest

from ai_common.llm_usage_tracker import LLMUsageTracker
from ai_common.pricing import estimate_cost


def test_estimate_cost_known_model():
    assert estimate_cost("gpt-4o-mini", 1_000_000, 0) == pytest.approx(0.15)


def test_estimate_cost_unknown_model_is_zero():
    assert estimate_cost("mystery", 1000, 1000) == 0.0


def test_tracker_writes_record(tmp_settings, tmp_path):
    tracker = LLMUsageTracker(path=str(tmp_path / "usage.jsonl"))

    async def go():
        async with tracker.track_llm_call(provider="openai", model="gpt-4o-mini",
                                          feature_context="test") as usage:
            usage.input_tokens = 100
            usage.output_tokens = 20

    asyncio.run(go())
    rows = [json.loads(line) for line in (tmp_path / "usage.jsonl").read_text().splitlines()]
    assert rows[0]["input_tokens"] == 100
    assert rows[0]["success"] is True


def test_tracker_records_failure(tmp_settings, tmp_path):
    tracker = LLMUsageTracker(path=str(tmp_path / "usage.jsonl"))

    async def go():
        async with tracker.track_llm_call(provider="anthropic", model="m", feature_context="t"):
            raise RuntimeError("429")

    with pytest.raises(RuntimeError):
        asyncio.run(go())
    assert tracker.read_all()[0]["success"] is False
