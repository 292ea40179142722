import asyncio

import pytest

from app.services.llm_usage_tracker import LLMUsageTracker


class _Session:
    def __init__(self):
        self.added = []
        self.committed = False

    def add(self, obj):
        self.added.append(obj)

    def commit(self):
        self.committed = True

    def rollback(self):
        pass


class _App:
    extensions = {}


def test_tracker_records_tokens(app):
    session = _Session()
    tracker = LLMUsageTracker()
    tracker.init_app(_App(), lambda: session)

    async def run():
        async with tracker.track_llm_call(provider="openai", model="gpt-4o-mini", feature_context="t") as log:
            log.input_tokens = 11
            log.output_tokens = 3

    asyncio.run(run())
    assert session.committed
    assert session.added[0].input_tokens == 11


def test_tracker_marks_failures(app):
    session = _Session()
    tracker = LLMUsageTracker()
    tracker.init_app(_App(), lambda: session)

    async def run():
        async with tracker.track_llm_call(provider="x", model="y", feature_context="t"):
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        asyncio.run(run())
    assert session.added[0].success is False
