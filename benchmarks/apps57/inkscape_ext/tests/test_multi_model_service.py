import asyncio
from types import SimpleNamespace
from unittest import mock

from ai_ext_common import multi_model_service as mms
from ai_ext_common.llm_usage_tracker import LLMUsageTracker


def test_generate_response_records_usage(tmp_path, monkeypatch):
    tracker = LLMUsageTracker(path=tmp_path / "usage.jsonl")
    monkeypatch.setattr(mms, "llm_tracker", tracker)
    fake_client = mock.MagicMock()
    fake_client.chat.completions.create = mock.AsyncMock(return_value=SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content="done"))],
        usage=SimpleNamespace(prompt_tokens=7, completion_tokens=2)))
    monkeypatch.setattr(mms, "AsyncOpenAI", lambda **kw: fake_client)

    service = mms.MultiModelService()
    out = asyncio.run(service.generate_response("hi", task_type="describe"))
    assert out == "done"
    rows = tracker.read_all()
    assert rows[0]["input_tokens"] == 7
    assert rows[0]["feature_context"] == "describe"
