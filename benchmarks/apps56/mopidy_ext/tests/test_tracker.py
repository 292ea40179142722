import asyncio

import pytest

from mopidy_aidj.llm.cost import Budget, completion_cost
from mopidy_aidj.services.llm_usage_tracker import LLMUsageTracker

from .conftest import FakeAnthropic


def test_tracker_records_tokens(tmp_path):
    tracker = LLMUsageTracker()
    tracker.configure(tmp_path / "usage.sqlite3")
    client = FakeAnthropic()

    async def run():
        async with tracker.track_llm_call(
            provider="anthropic", model="claude-test", feature_context="test"
        ) as usage_log:
            resp = client.messages.create(model="claude-test", max_tokens=5, messages=[])
            usage_log.input_tokens = resp.usage.input_tokens
            usage_log.output_tokens = resp.usage.output_tokens

    asyncio.run(run())
    assert tracker.totals() == {("anthropic", "claude-test"): [12, 7]}


def test_tracker_records_errors():
    tracker = LLMUsageTracker()

    async def run():
        async with tracker.track_llm_call(provider="x", model="y", feature_context="z"):
            raise ValueError("boom")

    with pytest.raises(ValueError):
        asyncio.run(run())
    assert tracker.recent[-1].error.startswith("ValueError")


def test_budget():
    b = Budget(0.001)
    b.charge("gpt-4o-mini", 1000, 1000)
    assert not b.exhausted()
    assert completion_cost("unknown-model", 10, 10) == 0.0
