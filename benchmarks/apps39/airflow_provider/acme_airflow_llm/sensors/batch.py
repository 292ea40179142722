from __future__ import annotations

import time
from datetime import timedelta
from typing import TYPE_CHECKING, Any, Sequence

from airflow.exceptions import AirflowException
from airflow.sensors.base import BaseSensorOperator

from acme_airflow_llm.hooks.openai import OpenAIHook
from acme_airflow_llm.triggers.openai import TERMINAL, OpenAIBatchTrigger

if TYPE_CHECKING:
    from airflow.utils.context import Context


class OpenAIBatchSensor(BaseSensorOperator):
    template_fields: Sequence[str] = ("batch_id",)

    def __init__(self, *, batch_id: str, conn_id: str = OpenAIHook.default_conn_name, deferrable: bool = False, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.batch_id = batch_id
        self.conn_id = conn_id
        self.deferrable = deferrable

    def execute(self, context: Context) -> Any:
        if not self.deferrable:
            return super().execute(context)
        self.defer(
            trigger=OpenAIBatchTrigger(
                conn_id=self.conn_id,
                batch_id=self.batch_id,
                poll_interval=self.poke_interval,
                end_time=time.time() + self.timeout,
            ),
            method_name="execute_complete",
            timeout=timedelta(seconds=self.timeout),
        )

    def poke(self, context: Context) -> bool:
        batch = OpenAIHook(conn_id=self.conn_id).get_batch(self.batch_id)
        self.log.info("Batch %s status=%s counts=%s", self.batch_id, batch.status, batch.request_counts)
        if batch.status in ("failed", "expired", "cancelled"):
            raise AirflowException(f"Batch {self.batch_id} ended with status {batch.status}")
        return batch.status in TERMINAL

    def execute_complete(self, context: Context, event: dict[str, Any]) -> str:
        if event["status"] != "completed":
            raise AirflowException(f"Batch {event['batch_id']} ended with status {event['status']}")
        return event["output_file_id"]
