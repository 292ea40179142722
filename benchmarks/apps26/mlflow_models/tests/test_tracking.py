import pytest

from docai_models.services.llm_usage_tracker import llm_tracker
from tests.fakes import FakeAnthropic


@pytest.mark.asyncio
async def test_tracker_records_tokens():
    fake = FakeAnthropic(text="low")
    async with llm_tracker.track_llm_call(provider="anthropic", model="m", feature_context="test") as usage_log:
        msg = fake.messages.create(model="m", max_tokens=5, messages=[])
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    logs = llm_tracker.drain()
    assert logs[0].input_tokens == 20
    assert logs[0].success


@pytest.mark.asyncio
async def test_tracker_marks_failure():
    with pytest.raises(RuntimeError):
        async with llm_tracker.track_llm_call(provider="x", model="m", feature_context="test"):
            raise RuntimeError("boom")
    assert llm_tracker.drain()[0].success is False
