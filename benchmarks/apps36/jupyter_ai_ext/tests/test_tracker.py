import pytest

from jupyter_ai_helpers.services.llm_usage_tracker import LLMUsageTracker, load_usage


@pytest.fixture
def tracker(tmp_path):
    return LLMUsageTracker(path=tmp_path / "usage.jsonl")


async def test_records_tokens(tracker):
    async with tracker.track_llm_call(provider="openai", model="gpt-4o-mini", feature_context="t") as usage_log:
        usage_log.input_tokens = 10
        usage_log.output_tokens = 20
    [row] = tracker.summary()
    assert row == {
        "provider": "openai",
        "model": "gpt-4o-mini",
        "calls": 1,
        "input_tokens": 10,
        "output_tokens": 20,
    }
    assert load_usage(tracker.path)[0].output_tokens == 20


async def test_records_errors(tracker):
    with pytest.raises(RuntimeError):
        async with tracker.track_llm_call(provider="anthropic", model="claude") as usage_log:
            raise RuntimeError("boom")
    assert usage_log.error == "RuntimeError"
    assert tracker.summary()[0]["calls"] == 1


async def test_tracked_fake_openai(tracker, fake_clients):
    client = fake_clients["openai"]
    async with tracker.track_llm_call(provider="openai", model="m", feature_context="test") as usage_log:
        resp = await client.chat.completions.create(model="m", messages=[{"role": "user", "content": "x"}])
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    assert tracker.summary()[0]["input_tokens"] == 3
