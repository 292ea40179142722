from __future__ import annotations

import asyncio
from unittest import mock

from enrichment.dataflows import tracked_summaries
from enrichment.services.llm_usage_tracker import LLMUsageTracker


def test_tracked_summaries_uses_service(docs):
    with mock.patch.object(
        tracked_summaries.multi_model_service, "generate_response", new=mock.AsyncMock(return_value="ok")
    ) as gen:
        out = tracked_summaries.tracked_summaries(docs)
    assert (out == "ok").all()
    assert gen.await_count == 2


def test_tracker_records_tokens():
    tracker = LLMUsageTracker()

    async def go():
        async with tracker.track_llm_call(provider="p", model="m", feature_context="t") as log:
            log.input_tokens = 5
            log.output_tokens = 7

    asyncio.run(go())
    (row,) = tracker.drain()
    assert (row.input_tokens, row.output_tokens, row.success) == (5, 7, True)
