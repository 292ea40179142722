"""Bedrock hook.

We do not use the amazon provider's BedrockRuntimeHook because it pins an older
botocore than we need for Converse + batch inference; this one reuses the AWS
connection but builds its own clients.
"""
import json
from functools import cached_property
from typing import Any, Dict, Optional

from airflow.providers.amazon.aws.hooks.base_aws import AwsBaseHook
from botocore.config import Config


class BedrockRuntimeHook(AwsBaseHook):
    conn_name_attr = "aws_conn_id"
    default_conn_name = "aws_bedrock"
    hook_name = "Amazon Bedrock (catalogue-ml)"

    def __init__(self, region_name: Optional[str] = None, *args, **kwargs):
        kwargs.setdefault("aws_conn_id", self.default_conn_name)
        kwargs["client_type"] = "bedrock-runtime"
        kwargs["region_name"] = region_name
        kwargs["config"] = Config(retries={"max_attempts": 8, "mode": "adaptive"}, read_timeout=600)
        super().__init__(*args, **kwargs)

    @cached_property
    def control_conn(self):
        """Control-plane client (`bedrock`) used for batch jobs and model catalogue."""
        return self.get_session(region_name=self.region_name).client(
            "bedrock", region_name=self.region_name, config=self.config
        )

    def invoke_json(
        self, model_id: str, body: Dict[str, Any], accept: str = "application/json"
    ) -> Dict[str, Any]:
        response = self.conn.invoke_model(
            modelId=model_id,
            body=json.dumps(body),
            contentType="application/json",
            accept=accept,
        )
        return json.loads(response["body"].read())

    def test_connection(self):
        try:
            self.control_conn.get_foundation_model(modelIdentifier="amazon.titan-embed-text-v2:0")
            return True, "Bedrock reachable"
        except Exception as exc:  # noqa: BLE001
            return False, str(exc)
