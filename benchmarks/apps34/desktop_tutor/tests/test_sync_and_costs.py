import asyncio

from tests.fakes import FakeSession
from tutor.services.costs import calculate_cost, speech_cost
from tutor.services.llm_usage_tracker import LLMUsageTracker
from tutor.services.sync import SyncService


def test_sync_once_pushes_and_pulls(memdb):
    session = FakeSession(lessons=[{"id": "l1", "title": "Food"}])
    svc = SyncService(token_provider=lambda: "t", base_url="https://example.test/api", session=session)
    assert svc.sync_once() is True
    assert session.posted[0][0].endswith("/progress")
    assert memdb.lessons[0]["id"] == "l1"


def test_tracker_records_tokens(memdb):
    tracker = LLMUsageTracker()

    async def go():
        async with tracker.track_llm_call(provider="openai", model="gpt-4o-mini") as usage_log:
            usage_log.input_tokens = 10
            usage_log.output_tokens = 4

    asyncio.run(go())
    assert memdb.usage[0].input_tokens == 10


def test_costs():
    assert calculate_cost("gpt-4o-mini", 1_000_000, 0) == 0.15
    assert calculate_cost("unknown", 10, 10) == 0.0
    assert round(speech_cost(seconds=60), 3) == 0.006
