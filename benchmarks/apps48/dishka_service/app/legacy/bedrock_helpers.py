from __future__ import annotations

import json

import boto3

_runtime = boto3.client("bedrock-runtime", region_name="us-east-1")


def claude_complete(prompt: str, model_id: str = "anthropic.claude-3-haiku-20240307-v1:0") -> str:
    body = json.dumps(
        {
            "anthropic_version": "bedrock-2023-05-31",
            "max_tokens": 800,
            "messages": [{"role": "user", "content": prompt}],
        }
    )
    resp = _runtime.invoke_model(modelId=model_id, body=body)
    return json.loads(resp["body"].read())["content"][0]["text"]


def claude_stream(prompt: str, model_id: str = "anthropic.claude-3-haiku-20240307-v1:0"):
    body = json.dumps(
        {
            "anthropic_version": "bedrock-2023-05-31",
            "max_tokens": 800,
            "messages": [{"role": "user", "content": prompt}],
        }
    )
    resp = _runtime.invoke_model_with_response_stream(modelId=model_id, body=body)
    for event in resp["body"]:
        chunk = json.loads(event["chunk"]["bytes"])
        if chunk.get("type") == "content_block_delta":
            yield chunk["delta"].get("text", "")


def list_foundation_models(provider: str = "Anthropic") -> list[str]:
    control = boto3.client("bedrock", region_name="us-east-1")
    resp = control.list_foundation_models(byProvider=provider)
    return [m["modelId"] for m in resp["modelSummaries"]]
