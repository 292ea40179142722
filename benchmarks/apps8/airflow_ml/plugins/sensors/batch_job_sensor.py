from typing import Sequence

from airflow.exceptions import AirflowException
from airflow.sensors.base import BaseSensorOperator
from airflow.utils.context import Context

from hooks.together_hook import TogetherHook

_DONE = {"COMPLETED"}
_FAILED = {"FAILED", "EXPIRED", "CANCELLED"}


class TogetherBatchSensor(BaseSensorOperator):
    """Wait for a Together batch job to finish; pushes the output file id."""

    template_fields: Sequence[str] = ("batch_id",)

    def __init__(self, *, batch_id: str, together_conn_id: str = "together_default", **kwargs):
        kwargs.setdefault("mode", "reschedule")
        kwargs.setdefault("poke_interval", 300)
        super().__init__(**kwargs)
        self.batch_id = batch_id
        self.together_conn_id = together_conn_id

    def poke(self, context: Context) -> bool:
        client = TogetherHook(self.together_conn_id).get_conn()
        batch = client.batches.retrieve(self.batch_id)
        status = str(batch.status).upper()
        self.log.info("batch %s is %s", self.batch_id, status)
        if status in _FAILED:
            raise AirflowException(f"Together batch {self.batch_id} ended as {status}")
        if status in _DONE:
            context["ti"].xcom_push(key="output_file_id", value=batch.output_file_id)
            return True
        return False
