"""Anthropic operators, including a deferrable variant."""
from __future__ import annotations

from datetime import timedelta
from functools import cached_property
from typing import TYPE_CHECKING, Any, Sequence

from airflow.configuration import conf
from airflow.exceptions import AirflowException
from airflow.models import BaseOperator

from acme_airflow_llm.hooks.anthropic import DEFAULT_MODEL, AnthropicHook
from acme_airflow_llm.triggers.anthropic import AnthropicMessageTrigger

if TYPE_CHECKING:
    from airflow.utils.context import Context


class AnthropicMessageOperator(BaseOperator):
    template_fields: Sequence[str] = ("prompt", "system")
    ui_color = "#d4a27f"

    def __init__(
        self,
        *,
        prompt: str,
        system: str | None = None,
        model: str = DEFAULT_MODEL,
        max_tokens: int = 1024,
        conn_id: str = AnthropicHook.default_conn_name,
        deferrable: bool = conf.getboolean("operators", "default_deferrable", fallback=False),
        stream: bool = False,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.prompt = prompt
        self.system = system
        self.model = model
        self.max_tokens = max_tokens
        self.conn_id = conn_id
        self.deferrable = deferrable
        self.stream = stream

    @cached_property
    def hook(self) -> AnthropicHook:
        return AnthropicHook(conn_id=self.conn_id)

    def _request(self) -> dict[str, Any]:
        req: dict[str, Any] = {
            "model": self.model,
            "max_tokens": self.max_tokens,
            "messages": [{"role": "user", "content": self.prompt}],
        }
        if self.system:
            req["system"] = self.system
        return req

    def execute(self, context: Context) -> str | None:
        if self.deferrable:
            self.defer(
                trigger=AnthropicMessageTrigger(conn_id=self.conn_id, request=self._request()),
                method_name="execute_complete",
                timeout=timedelta(minutes=30),
            )
            return None

        if self.stream:
            return self._execute_streaming()

        message = self.hook.get_conn().messages.create(**self._request())
        self.log.info("stop_reason=%s usage=%s", message.stop_reason, message.usage)
        return "".join(b.text for b in message.content if b.type == "text")

    def _execute_streaming(self) -> str:
        chunks: list[str] = []
        with self.hook.get_conn().messages.stream(**self._request()) as stream:
            for text in stream.text_stream:
                chunks.append(text)
        return "".join(chunks)

    def execute_complete(self, context: Context, event: dict[str, Any]) -> str:
        if event.get("status") != "success":
            raise AirflowException(event.get("message", "Anthropic trigger failed"))
        return event["text"]
