from llm_platform.llm_usage_tracker import LLMUsageTracker
from svc.llm.tokens import estimate_cost


async def test_tracker_buffers_without_nats():
    t = LLMUsageTracker()
    async with t.track_llm_call(provider="openai", model="gpt-4o-mini", feature_context="t") as usage_log:
        usage_log.input_tokens = 1000
        usage_log.output_tokens = 1000
    assert t._buffer[0].cost_usd == estimate_cost("gpt-4o-mini", 1000, 1000)
