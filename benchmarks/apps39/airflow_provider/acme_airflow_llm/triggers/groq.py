from __future__ import annotations

from typing import Any, AsyncIterator

from airflow.triggers.base import BaseTrigger, TriggerEvent

from acme_airflow_llm.hooks.groq import GroqHook


class GroqChatTrigger(BaseTrigger):
    def __init__(self, conn_id: str, model: str, messages: list[dict[str, str]]) -> None:
        super().__init__()
        self.conn_id = conn_id
        self.model = model
        self.messages = messages

    def serialize(self) -> tuple[str, dict[str, Any]]:
        return (
            "acme_airflow_llm.triggers.groq.GroqChatTrigger",
            {"conn_id": self.conn_id, "model": self.model, "messages": self.messages},
        )

    async def run(self) -> AsyncIterator[TriggerEvent]:
        hook = GroqHook(conn_id=self.conn_id)
        client = hook.get_async_conn()
        parts: list[str] = []
        try:
            stream = await client.chat.completions.create(model=self.model, messages=self.messages, stream=True)
            async for chunk in stream:
                delta = chunk.choices[0].delta.content
                if delta:
                    parts.append(delta)
        except Exception as exc:  # noqa: BLE001
            yield TriggerEvent({"status": "error", "message": str(exc)})
            return
        yield TriggerEvent({"status": "success", "content": "".join(parts)})
