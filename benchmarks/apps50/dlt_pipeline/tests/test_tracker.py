import pytest

from services import llm_usage_tracker as tracker_mod
from services.llm_usage_tracker import LLMUsageTracker, calculate_cost


def test_calculate_cost():
    assert calculate_cost("gpt-4o-mini", 1_000_000, 0) == pytest.approx(0.15)
    assert calculate_cost("unknown", 10, 10) == 0


async def test_track_llm_call_records(monkeypatch):
    written = []
    monkeypatch.setattr(tracker_mod, "append_rows", lambda table, rows: written.extend(rows))
    tracker = LLMUsageTracker()
    async with tracker.track_llm_call(provider="openai", model="gpt-4o-mini", feature_context="test") as log:
        log.input_tokens = 100
        log.output_tokens = 20
    tracker.flush()
    assert written[0]["input_tokens"] == 100
    assert written[0]["success"] is True
