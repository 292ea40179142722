from decimal import Decimal

import pytest

from gateway.llm.pricing import CostAccumulator, completion_cost
from gateway.services.llm_usage_tracker import LLMUsageTracker


def test_cost():
    assert completion_cost("gpt-4o-mini", 1_000_000, 0) == Decimal("0.15")
    assert completion_cost("unknown", 10, 10) == 0


def test_accumulator():
    acc = CostAccumulator()
    acc.add("gpt-4o", 1000, 1000)
    acc.add("gpt-4o", 1000, 1000)
    assert acc.snapshot()["by_model"]["gpt-4o"] == str(Decimal("0.025"))


async def test_tracker_records_tokens():
    t = LLMUsageTracker()
    async with t.track_llm_call(provider="openai", model="gpt-4o-mini", feature_context="t") as usage_log:
        usage_log.input_tokens = 12
        usage_log.output_tokens = 3
    rows = t.drain_buffer()
    assert rows[0]["input_tokens"] == 12 and rows[0]["success"]


async def test_tracker_marks_failure():
    t = LLMUsageTracker()
    with pytest.raises(ValueError):
        async with t.track_llm_call(provider="x", model="y", feature_context="t"):
            raise ValueError
    assert t.drain_buffer()[0]["error"] == "ValueError"
