import asyncio

from apps.helpdesk.llm.tracking import LLMUsageTracker
from apps.helpdesk.services.usage_costs import calculate_cost


def test_calculate_cost():
    assert calculate_cost("openai", "gpt-4o-mini", 1_000_000, 0) == 0.15
    assert calculate_cost("nobody", "nothing", 10, 10) == 0.0


def test_tracker_records_to_sink():
    tracker = LLMUsageTracker()
    seen = []
    tracker.add_sink(seen.append)

    async def run():
        async with tracker.track_llm_call(provider="openai", model="m", feature_context="t") as usage_log:
            usage_log.input_tokens = 3
            usage_log.output_tokens = 4

    asyncio.run(run())
    assert seen[0].input_tokens == 3 and seen[0].output_tokens == 4
