import asyncio

import pytest

from evalkit.llm_usage_tracker import LLMUsageTracker
from evalkit.pricing import PRICES, estimate_cost


def test_tracker_writes_jsonl(tmp_path):
    tracker = LLMUsageTracker(path=tmp_path / "u.jsonl")

    async def run():
        async with tracker.track_llm_call(provider="openai", model="gpt-4o-mini") as log:
            log.input_tokens = 12
            log.output_tokens = 3

    asyncio.run(run())
    assert tracker.totals() == {"input_tokens": 12, "output_tokens": 3}


def test_tracker_records_errors(tmp_path):
    tracker = LLMUsageTracker(path=tmp_path / "u.jsonl")

    async def boom():
        async with tracker.track_llm_call(provider="x", model="y"):
            raise RuntimeError("nope")

    with pytest.raises(RuntimeError):
        asyncio.run(boom())
    assert "nope" in (tmp_path / "u.jsonl").read_text()


def test_estimate_cost_table():
    pin, pout = PRICES["gpt-4o-mini"]
    assert estimate_cost("gpt-4o-mini", 1_000_000, 0) == pin
    assert estimate_cost("gpt-4o-mini", 0, 1_000_000) == pout
