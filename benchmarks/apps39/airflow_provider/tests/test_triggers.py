from __future__ import annotations

import asyncio
from types import SimpleNamespace
from unittest import mock

from acme_airflow_llm.triggers.anthropic import AnthropicMessageTrigger
from acme_airflow_llm.triggers.openai import OpenAIBatchTrigger


def _collect(trigger):
    async def _run():
        return [event async for event in trigger.run()]

    return asyncio.run(_run())


def test_anthropic_trigger_serializes():
    trig = AnthropicMessageTrigger(conn_id="c", request={"model": "m"})
    path, kwargs = trig.serialize()
    assert path.endswith("AnthropicMessageTrigger")
    assert kwargs == {"conn_id": "c", "request": {"model": "m"}}


def test_anthropic_trigger_success():
    client = mock.MagicMock()
    client.messages.create = mock.AsyncMock(
        return_value=SimpleNamespace(
            content=[SimpleNamespace(type="text", text="hi")],
            usage=SimpleNamespace(input_tokens=1, output_tokens=1),
        )
    )
    with mock.patch("acme_airflow_llm.triggers.anthropic.AnthropicHook.get_async_conn", return_value=client):
        events = _collect(AnthropicMessageTrigger(conn_id="c", request={"model": "m"}))
    assert events[0].payload["text"] == "hi"


def test_batch_trigger_terminal():
    client = mock.MagicMock()
    client.batches.retrieve = mock.AsyncMock(return_value=SimpleNamespace(status="completed", output_file_id="file-1"))
    with mock.patch("acme_airflow_llm.triggers.openai.OpenAIHook.get_async_conn", return_value=client):
        events = _collect(OpenAIBatchTrigger(conn_id="c", batch_id="b", poll_interval=0))
    assert events[0].payload["output_file_id"] == "file-1"
