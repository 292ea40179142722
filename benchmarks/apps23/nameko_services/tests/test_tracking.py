import asyncio
from types import SimpleNamespace
from unittest import mock

import pytest

from common.llm_tracking import llm_tracker
from common.multi_model_service import TaskComplexity, multi_model_service


def test_generate_response_records_usage(usage_sink):
    fake = SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content="answer"))],
        usage=SimpleNamespace(prompt_tokens=12, completion_tokens=3),
    )
    with mock.patch("common.multi_model_service.litellm.acompletion", new=mock.AsyncMock(return_value=fake)):
        text = asyncio.run(multi_model_service.generate_response(prompt="q", complexity=TaskComplexity.SIMPLE))

    assert text == "answer"
    row = usage_sink.rows[-1]
    assert (row.input_tokens, row.output_tokens, row.feature_context) == (12, 3, "chat")


def test_failed_call_is_logged(usage_sink):
    async def boom():
        async with llm_tracker.track_llm_call(provider="openai", model="m", feature_context="t"):
            raise RuntimeError("nope")

    with pytest.raises(RuntimeError):
        asyncio.run(boom())
    assert usage_sink.rows[-1].success is False
