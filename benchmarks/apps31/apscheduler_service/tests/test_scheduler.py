from __future__ import annotations

import asyncio
from unittest.mock import patch

from monitor.events import LAST_RUN, on_job_error
from monitor.services.llm_usage_tracker import LLMUsageTracker, calculate_cost


def test_cost_calculation():
    assert calculate_cost("gpt-4o-mini", 1_000_000, 1_000_000) == 0.75
    assert calculate_cost("unknown-model", 10, 10) == 0.0


def test_tracker_records_usage():
    tracker = LLMUsageTracker()

    async def go():
        async with tracker.track_llm_call(provider="openai", model="gpt-4o-mini") as log:
            log.input_tokens = 100
            log.output_tokens = 50

    asyncio.run(go())
    assert tracker.recent()[0].input_tokens == 100


def test_register_jobs_builds_all(ctx):
    from monitor import scheduler as sched_mod

    with patch.object(sched_mod.clients, "get_deepseek"):
        s = sched_mod.build_scheduler(ctx.settings)
        sched_mod.register_jobs(s, ctx)
    ids = {j.id for j in s.get_jobs()}
    assert {"health_checks", "anomaly_summary", "postmortem_drafts"} <= ids


def test_error_listener_records(ctx):
    class Ev:
        job_id = "x"
        exception = RuntimeError("boom")

        class scheduled_run_time:
            @staticmethod
            def isoformat():
                return "2024-01-01T00:00:00"

    on_job_error(Ev())
    assert LAST_RUN["x"]["status"] == "error"
