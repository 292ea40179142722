import json
from typing import Any, Dict, List, Optional, Sequence

from airflow.models import BaseOperator
from airflow.utils.context import Context

from hooks.bedrock_hook import BedrockRuntimeHook


class BedrockConverseOperator(BaseOperator):
    """Run one Converse request per input record and push the texts to XCom.

    ``records`` is templated so upstream tasks can hand over a list of
    ``{"id": ..., "prompt": ...}`` dicts.
    """

    template_fields: Sequence[str] = ("records", "system_prompt", "model_id")

    def __init__(
        self,
        *,
        model_id: str,
        records: Any,
        system_prompt: Optional[str] = None,
        max_tokens: int = 800,
        temperature: float = 0.4,
        aws_conn_id: str = "aws_bedrock",
        region_name: Optional[str] = None,
        **kwargs,
    ):
        super().__init__(**kwargs)
        self.model_id = model_id
        self.records = records
        self.system_prompt = system_prompt
        self.max_tokens = max_tokens
        self.temperature = temperature
        self.aws_conn_id = aws_conn_id
        self.region_name = region_name

    def execute(self, context: Context) -> List[Dict[str, str]]:
        hook = BedrockRuntimeHook(aws_conn_id=self.aws_conn_id, region_name=self.region_name)
        records = json.loads(self.records) if isinstance(self.records, str) else self.records
        system = [{"text": self.system_prompt}] if self.system_prompt else []
        results = []
        for record in records:
            response = hook.conn.converse(
                modelId=self.model_id,
                system=system,
                messages=[{"role": "user", "content": [{"text": record["prompt"]}]}],
                inferenceConfig={"maxTokens": self.max_tokens, "temperature": self.temperature},
            )
            text = response["output"]["message"]["content"][0]["text"]
            results.append({"id": record["id"], "text": text, "stop_reason": response["stopReason"]})
            self.log.info(
                "record %s: %s in / %s out tokens",
                record["id"],
                response["usage"]["inputTokens"],
                response["usage"]["outputTokens"],
            )
        return results


class BedrockBatchInferenceOperator(BaseOperator):
    """Submit a Bedrock batch inference job over a JSONL file already on S3."""

    template_fields: Sequence[str] = ("job_name", "input_s3_uri", "output_s3_uri")

    def __init__(
        self,
        *,
        job_name: str,
        model_id: str,
        input_s3_uri: str,
        output_s3_uri: str,
        role_arn: str,
        aws_conn_id: str = "aws_bedrock",
        timeout_hours: int = 24,
        **kwargs,
    ):
        super().__init__(**kwargs)
        self.job_name = job_name
        self.model_id = model_id
        self.input_s3_uri = input_s3_uri
        self.output_s3_uri = output_s3_uri
        self.role_arn = role_arn
        self.aws_conn_id = aws_conn_id
        self.timeout_hours = timeout_hours

    def execute(self, context: Context) -> str:
        hook = BedrockRuntimeHook(aws_conn_id=self.aws_conn_id)
        response = hook.control_conn.create_model_invocation_job(
            jobName=self.job_name,
            roleArn=self.role_arn,
            modelId=self.model_id,
            inputDataConfig={"s3InputDataConfig": {"s3Uri": self.input_s3_uri, "s3InputFormat": "JSONL"}},
            outputDataConfig={"s3OutputDataConfig": {"s3Uri": self.output_s3_uri}},
            timeoutDurationInHours=self.timeout_hours,
        )
        job_arn = response["jobArn"]
        self.log.info("submitted bedrock batch job %s", job_arn)
        return job_arn
