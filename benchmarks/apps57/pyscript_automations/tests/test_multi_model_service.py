import asyncio
import types
from unittest import mock

import multi_model_service as mms
from llm_usage_tracker import LLMUsageTracker, calculate_cost


def test_calculate_cost():
    assert calculate_cost("gpt-4o-mini", 1_000_000, 0) == 0.15
    assert calculate_cost("unknown-model", 1000, 1000) == 0.0


def test_generate_response_records_usage(tmp_path, monkeypatch):
    tracker = LLMUsageTracker(db_path=str(tmp_path / "usage.db"))
    monkeypatch.setattr(mms, "llm_tracker", tracker)

    fake = mock.MagicMock()
    resp = types.SimpleNamespace(
        choices=[types.SimpleNamespace(message=types.SimpleNamespace(content="hi there"))],
        usage=types.SimpleNamespace(prompt_tokens=12, completion_tokens=3),
    )
    fake.chat.completions.create = mock.AsyncMock(return_value=resp)
    monkeypatch.setattr(mms, "get_async_openai", lambda: fake)

    text = asyncio.run(mms.multi_model_service.generate_response(prompt="hello", task_type="other"))
    assert text == "hi there"
    totals = tracker.totals_since(0)
    assert totals["input_tokens"] == 12 and totals["output_tokens"] == 3
