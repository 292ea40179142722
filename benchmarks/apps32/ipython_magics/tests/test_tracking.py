import asyncio
import json

from nbcopilot.services.llm_usage_tracker import LLMUsageTracker
from nbcopilot.services.multi_model_service import MultiModelService, TaskComplexity
from tests.fakes import FakeOpenAI


def test_tracker_writes_usage(tmp_path):
    tracker = LLMUsageTracker(tmp_path / "usage.jsonl")

    async def go():
        async with tracker.track_llm_call(provider="openai", model="gpt-4o-mini") as usage_log:
            usage_log.input_tokens = 7
            usage_log.output_tokens = 3

    asyncio.run(go())
    rec = json.loads((tmp_path / "usage.jsonl").read_text().splitlines()[0])
    assert rec["input_tokens"] == 7 and rec["output_tokens"] == 3


def test_multi_model_service_routes_simple(monkeypatch, tmp_path):
    from nbcopilot.providers.openai_provider import OpenAIProvider

    fake = FakeOpenAI("routed")
    monkeypatch.setattr(
        "nbcopilot.services.multi_model_service.get_provider",
        lambda name, model: OpenAIProvider(model or "gpt-4o-mini", client=fake),
    )
    svc = MultiModelService()
    out = asyncio.run(svc.generate_response(prompt="hi", complexity=TaskComplexity.SIMPLE))
    assert out == "routed"
