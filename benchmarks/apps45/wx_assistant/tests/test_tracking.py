import asyncio
from types import SimpleNamespace
from unittest import mock

from research_assistant.core.tokens import calculate_cost, format_cost
from research_assistant.services import multi_model_service as mms
from research_assistant.services.llm_usage_tracker import LLMUsageTracker


def test_tracker_records_tokens(tmp_path):
    tracker = LLMUsageTracker(tmp_path / "u.db")
    seen = []
    tracker.add_listener(seen.append)

    async def go():
        async with tracker.track_llm_call(provider="openai", model="gpt-4o-mini",
                                          feature_context="test") as usage_log:
            usage_log.input_tokens = 100
            usage_log.output_tokens = 50

    asyncio.run(go())
    assert seen[0].input_tokens == 100
    assert tracker.totals()["openai"] > 0


def test_service_routes_agentic_to_claude(tmp_path):
    fake_client = mock.MagicMock()
    fake_client.messages.create.return_value = SimpleNamespace(
        content=[SimpleNamespace(type="text", text="done")],
        usage=SimpleNamespace(input_tokens=1, output_tokens=1),
    )
    with mock.patch.object(mms, "get_anthropic_client", return_value=fake_client), \
         mock.patch.object(mms, "llm_tracker", LLMUsageTracker(tmp_path / "u.db")):
        out = asyncio.run(mms.multi_model_service.generate_response(
            prompt="x", task_type="plan", complexity=mms.TaskComplexity.AGENTIC))
    assert out == "done"


def test_cost_known_model():
    assert calculate_cost("gpt-4o-mini", 1_000_000, 0) == 0.15


def test_cost_unknown_model_is_zero():
    assert calculate_cost("mystery", 10, 10) == 0.0


def test_format():
    assert format_cost(0.01234) == "$0.0123"
