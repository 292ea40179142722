from __future__ import annotations

from typing import TYPE_CHECKING, Any, Sequence

from airflow.exceptions import AirflowException
from airflow.sensors.base import BaseSensorOperator

from acme_airflow_llm.hooks.bedrock import BedrockRuntimeHook

if TYPE_CHECKING:
    from airflow.utils.context import Context


class BedrockAsyncInvokeSensor(BaseSensorOperator):
    """Waits for a Bedrock ``StartAsyncInvoke`` job (video generation, etc.)."""

    template_fields: Sequence[str] = ("invocation_arn",)

    def __init__(self, *, invocation_arn: str, aws_conn_id: str | None = "aws_default", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.invocation_arn = invocation_arn
        self.aws_conn_id = aws_conn_id

    def poke(self, context: Context) -> bool:
        client = BedrockRuntimeHook(aws_conn_id=self.aws_conn_id).conn
        job = client.get_async_invoke(invocationArn=self.invocation_arn)
        status = job["status"]
        if status == "Failed":
            raise AirflowException(job.get("failureMessage", "async invoke failed"))
        return status == "Completed"
