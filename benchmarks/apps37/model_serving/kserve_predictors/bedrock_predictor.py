"""Bedrock predictor.

This one builds its own boto3 client rather than using serving_common because
it runs in the cross-account deployment and needs the assumed-role session.
"""
from __future__ import annotations

import json
import logging
import os
from typing import Dict

import boto3

from kserve_predictors.base import HostedLLMModel

logger = logging.getLogger(__name__)


def _assumed_session() -> boto3.Session:
    role_arn = os.environ.get("BEDROCK_ROLE_ARN")
    if not role_arn:
        return boto3.Session()
    sts = boto3.client("sts")
    creds = sts.assume_role(RoleArn=role_arn, RoleSessionName="kserve-bedrock")["Credentials"]
    return boto3.Session(
        aws_access_key_id=creds["AccessKeyId"],
        aws_secret_access_key=creds["SecretAccessKey"],
        aws_session_token=creds["SessionToken"],
    )


class BedrockClaudePredictor(HostedLLMModel):
    provider = "bedrock"

    def load(self) -> bool:
        session = _assumed_session()
        self.runtime = session.client("bedrock-runtime", region_name=os.environ.get("AWS_REGION", "us-west-2"))
        self.model = self.model or "anthropic.claude-3-5-sonnet-20240620-v1:0"
        self.ready = True
        return True

    def predict(self, payload, headers: Dict[str, str] = None):
        params = self.params(payload)
        results = []
        for convo in self.extract_messages(payload):
            body = {
                "anthropic_version": "bedrock-2023-05-31",
                "max_tokens": params.get("max_tokens", 1024),
                "messages": convo,
            }
            response = self.runtime.invoke_model(modelId=self.model, body=json.dumps(body))
            data = json.loads(response["body"].read())
            results.append(data["content"][0]["text"])
        return self.wrap(results, payload)


class BedrockStreamingPredictor(BedrockClaudePredictor):
    """Streams via ConverseStream; returns the concatenated text (KServe v1 has no streaming)."""

    def predict(self, payload, headers: Dict[str, str] = None):
        params = self.params(payload)
        out = []
        for convo in self.extract_messages(payload):
            resp = self.runtime.converse_stream(
                modelId=self.model,
                messages=[{"role": m["role"], "content": [{"text": m["content"]}]} for m in convo],
                inferenceConfig={"maxTokens": params.get("max_tokens", 1024)},
            )
            chunks = []
            for event in resp["stream"]:
                if "contentBlockDelta" in event:
                    chunks.append(event["contentBlockDelta"]["delta"].get("text", ""))
                elif "metadata" in event:
                    logger.debug("usage: %s", event["metadata"].get("usage"))
            out.append("".join(chunks))
        return self.wrap(out, payload)


def bedrock_model_catalog(region: str = "us-west-2") -> list[str]:
    """Listing is free; used by the /v1/models passthrough."""
    control = boto3.client("bedrock", region_name=region)
    summaries = control.list_foundation_models(byOutputModality="TEXT")["modelSummaries"]
    return [s["modelId"] for s in summaries]
