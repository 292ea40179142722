from __future__ import annotations

import asyncio
import time
from typing import Any, AsyncIterator

from airflow.triggers.base import BaseTrigger, TriggerEvent

from acme_airflow_llm.hooks.openai import OpenAIHook

TERMINAL = {"completed", "failed", "expired", "cancelled"}


class OpenAIBatchTrigger(BaseTrigger):
    """Polls an OpenAI Batch until it reaches a terminal state."""

    def __init__(self, conn_id: str, batch_id: str, poll_interval: float = 60.0, end_time: float | None = None) -> None:
        super().__init__()
        self.conn_id = conn_id
        self.batch_id = batch_id
        self.poll_interval = poll_interval
        self.end_time = end_time

    def serialize(self) -> tuple[str, dict[str, Any]]:
        return (
            "acme_airflow_llm.triggers.openai.OpenAIBatchTrigger",
            {
                "conn_id": self.conn_id,
                "batch_id": self.batch_id,
                "poll_interval": self.poll_interval,
                "end_time": self.end_time,
            },
        )

    async def run(self) -> AsyncIterator[TriggerEvent]:
        client = OpenAIHook(conn_id=self.conn_id).get_async_conn()
        while True:
            batch = await client.batches.retrieve(self.batch_id)
            if batch.status in TERMINAL:
                yield TriggerEvent({"status": batch.status, "batch_id": self.batch_id, "output_file_id": batch.output_file_id})
                return
            if self.end_time and time.time() > self.end_time:
                yield TriggerEvent({"status": "timeout", "batch_id": self.batch_id})
                return
            await asyncio.sleep(self.poll_interval)


class OpenAIResponseTrigger(BaseTrigger):
    """Fire-and-wait for a background Responses API request (o-series models can take minutes)."""

    def __init__(self, conn_id: str, model: str, input_text: str, poll_interval: float = 15.0) -> None:
        super().__init__()
        self.conn_id = conn_id
        self.model = model
        self.input_text = input_text
        self.poll_interval = poll_interval

    def serialize(self) -> tuple[str, dict[str, Any]]:
        return (
            "acme_airflow_llm.triggers.openai.OpenAIResponseTrigger",
            {"conn_id": self.conn_id, "model": self.model, "input_text": self.input_text, "poll_interval": self.poll_interval},
        )

    async def run(self) -> AsyncIterator[TriggerEvent]:
        client = OpenAIHook(conn_id=self.conn_id).get_async_conn()
        response = await client.responses.create(model=self.model, input=self.input_text, background=True)
        while response.status in ("queued", "in_progress"):
            await asyncio.sleep(self.poll_interval)
            response = await client.responses.retrieve(response.id)
        yield TriggerEvent({"status": response.status, "text": response.output_text, "response_id": response.id})
