"""Bedrock helpers from the AWS pilot (Q3).  Titan embeddings + Claude on Bedrock."""
from __future__ import annotations

import json

import boto3

_runtime = boto3.client("bedrock-runtime", region_name="us-east-1")
_control = boto3.client("bedrock", region_name="us-east-1")


def titan_embed(text: str, model_id: str = "amazon.titan-embed-text-v2:0") -> list[float]:
    response = _runtime.invoke_model(
        modelId=model_id,
        contentType="application/json",
        accept="application/json",
        body=json.dumps({"inputText": text, "dimensions": 512, "normalize": True}),
    )
    payload = json.loads(response["body"].read())
    return payload["embedding"]


def claude_on_bedrock(prompt: str, model_id: str = "anthropic.claude-3-haiku-20240307-v1:0") -> str:
    body = {
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": 512,
        "messages": [{"role": "user", "content": prompt}],
    }
    response = _runtime.invoke_model(modelId=model_id, body=json.dumps(body))
    payload = json.loads(response["body"].read())
    return payload["content"][0]["text"]


def list_text_models() -> list[str]:
    summaries = _control.list_foundation_models(byOutputModality="TEXT")["modelSummaries"]
    return [s["modelId"] for s in summaries]
