import asyncio

from quill.ai.registry import BackendRegistry
from quill.ai.backends.openai_backend import OpenAIBackend
from quill.services.llm_usage_tracker import LLMUsageTracker
from quill.services.multi_model_service import MultiModelService, TaskComplexity

from .fakes import FakeOpenAI


def _service(tmp_path, client):
    registry = BackendRegistry()
    registry.register("openai", lambda model=None: OpenAIBackend(model, client=client))
    return MultiModelService(registry)


def test_tracker_records_tokens(tmp_path):
    tracker = LLMUsageTracker(tmp_path / "usage.sqlite3")
    client = FakeOpenAI(replies=["ok"])

    async def run():
        async with tracker.track_llm_call(provider="openai", model="gpt-4o-mini", feature_context="test") as usage_log:
            resp = client.chat.completions.create(model="gpt-4o-mini", messages=[])
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens

    asyncio.run(run())
    assert tracker.totals_by_provider()["openai"][:2] == (10, 5)


def test_disabled_tracker_records_nothing(tmp_path):
    tracker = LLMUsageTracker(tmp_path / "usage.sqlite3")
    tracker.set_enabled(False)
    with tracker.track_llm_call_sync(provider="openai", model="gpt-4o-mini") as usage_log:
        usage_log.input_tokens = 99
    assert tracker.totals_by_provider() == {}


def test_service_routes_simple_chat_to_openai(tmp_path):
    client = FakeOpenAI(replies=["routed"])
    service = _service(tmp_path, client)
    text = asyncio.run(service.generate_response("hi", task_type="chat", complexity=TaskComplexity.SIMPLE))
    assert text == "routed"
    assert client.calls[0]["model"] == "gpt-4o-mini"


def test_service_prefers_ollama_when_selected():
    service = MultiModelService(BackendRegistry())
    service.preferred_backend = "ollama"
    assert service.route("rewrite", TaskComplexity.STANDARD) == ("ollama", "llama3.2")
