"""Bedrock runtime hook built on the Amazon provider's ``AwsBaseHook``."""
from __future__ import annotations

import json
from typing import Any

from airflow.providers.amazon.aws.hooks.base_aws import AwsBaseHook


class BedrockRuntimeHook(AwsBaseHook):
    """Thin wrapper returning a ``bedrock-runtime`` boto3 client from ``get_conn()``.

    Credentials and region come from the ``aws_conn_id`` connection as usual.
    """

    client_type = "bedrock-runtime"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["client_type"] = self.client_type
        super().__init__(*args, **kwargs)

    def invoke_json(self, model_id: str, body: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        """Invoke a model with a JSON body and decode the JSON response."""
        response = self.conn.invoke_model(
            modelId=model_id,
            body=json.dumps(body),
            contentType="application/json",
            accept="application/json",
            **kwargs,
        )
        return json.loads(response["body"].read())

    def count_tokens(self, model_id: str, messages: list[dict[str, Any]]) -> int:
        response = self.conn.count_tokens(
            modelId=model_id,
            input={"converse": {"messages": messages}},
        )
        return response["inputTokens"]


class BedrockAgentRuntimeHook(AwsBaseHook):
    client_type = "bedrock-agent-runtime"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["client_type"] = self.client_type
        super().__init__(*args, **kwargs)
