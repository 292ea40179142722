"""Groq operators: cheap/fast classification and transcription."""
from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any, Sequence

from airflow.exceptions import AirflowException
from airflow.models import BaseOperator

from acme_airflow_llm.hooks.groq import GroqHook
from acme_airflow_llm.triggers.groq import GroqChatTrigger

if TYPE_CHECKING:
    from airflow.utils.context import Context


class GroqChatOperator(BaseOperator):
    template_fields: Sequence[str] = ("messages",)
    ui_color = "#f55036"

    def __init__(
        self,
        *,
        messages: list[dict[str, str]],
        model: str = "llama-3.3-70b-versatile",
        conn_id: str = GroqHook.default_conn_name,
        json_mode: bool = False,
        deferrable: bool = False,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.messages = messages
        self.model = model
        self.conn_id = conn_id
        self.json_mode = json_mode
        self.deferrable = deferrable

    def execute(self, context: Context) -> str | None:
        if self.deferrable:
            self.defer(
                trigger=GroqChatTrigger(conn_id=self.conn_id, model=self.model, messages=self.messages),
                method_name="execute_complete",
                timeout=timedelta(minutes=10),
            )
            return None
        hook = GroqHook(conn_id=self.conn_id)
        extra = {"response_format": {"type": "json_object"}} if self.json_mode else {}
        chat = hook.get_conn().chat.completions.create(model=self.model, messages=self.messages, **extra)
        return chat.choices[0].message.content

    def execute_complete(self, context: Context, event: dict[str, Any]) -> str:
        if event["status"] == "error":
            raise AirflowException(event["message"])
        return event["content"]


class GroqTranscriptionOperator(BaseOperator):
    template_fields: Sequence[str] = ("audio_path",)

    def __init__(self, *, audio_path: str, conn_id: str = GroqHook.default_conn_name, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.audio_path = audio_path
        self.conn_id = conn_id

    def execute(self, context: Context) -> str:
        return GroqHook(conn_id=self.conn_id).transcribe(self.audio_path)
