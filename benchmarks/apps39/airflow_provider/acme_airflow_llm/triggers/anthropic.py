from __future__ import annotations

from typing import Any, AsyncIterator

from airflow.triggers.base import BaseTrigger, TriggerEvent

from acme_airflow_llm.hooks.anthropic import AnthropicHook


class AnthropicMessageTrigger(BaseTrigger):
    """Runs a (potentially long) Messages API request in the triggerer."""

    def __init__(self, conn_id: str, request: dict[str, Any]) -> None:
        super().__init__()
        self.conn_id = conn_id
        self.request = request

    def serialize(self) -> tuple[str, dict[str, Any]]:
        return (
            "acme_airflow_llm.triggers.anthropic.AnthropicMessageTrigger",
            {"conn_id": self.conn_id, "request": self.request},
        )

    async def run(self) -> AsyncIterator[TriggerEvent]:
        client = AnthropicHook(conn_id=self.conn_id).get_async_conn()
        try:
            message = await client.messages.create(**self.request)
        except Exception as exc:  # noqa: BLE001
            yield TriggerEvent({"status": "error", "message": str(exc)})
            return
        text = "".join(b.text for b in message.content if b.type == "text")
        yield TriggerEvent(
            {
                "status": "success",
                "text": text,
                "input_tokens": message.usage.input_tokens,
                "output_tokens": message.usage.output_tokens,
            }
        )
