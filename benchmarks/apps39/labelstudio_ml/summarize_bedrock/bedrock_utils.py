"""Bedrock helpers (pre-dates common/clients.py; still builds its own client).

TODO(ops): switch to common.clients.get_bedrock_runtime once the IAM role
for the summarizer container is merged with the shared one.
"""
import json
import logging
import os
from typing import Iterator, List

import boto3

logger = logging.getLogger(__name__)

REGION = os.getenv("BEDROCK_REGION", os.getenv("AWS_REGION", "us-east-1"))
ANTHROPIC_VERSION = "bedrock-2023-05-31"

runtime = boto3.client("bedrock-runtime", region_name=REGION)
control = boto3.client("bedrock", region_name=REGION)


def available_text_models() -> List[str]:
    resp = control.list_foundation_models(byOutputModality="TEXT")
    return [m["modelId"] for m in resp.get("modelSummaries", [])]


def invoke_claude(model_id: str, prompt: str, max_tokens: int = 512, temperature: float = 0.0) -> str:
    body = {
        "anthropic_version": ANTHROPIC_VERSION,
        "max_tokens": max_tokens,
        "temperature": temperature,
        "messages": [{"role": "user", "content": [{"type": "text", "text": prompt}]}],
    }
    resp = runtime.invoke_model(
        modelId=model_id,
        body=json.dumps(body),
        contentType="application/json",
        accept="application/json",
    )
    payload = json.loads(resp["body"].read())
    return "".join(part.get("text", "") for part in payload.get("content", []))


def invoke_titan(model_id: str, prompt: str, max_tokens: int = 512) -> str:
    body = {"inputText": prompt, "textGenerationConfig": {"maxTokenCount": max_tokens, "temperature": 0}}
    resp = runtime.invoke_model(modelId=model_id, body=json.dumps(body))
    payload = json.loads(resp["body"].read())
    return payload["results"][0]["outputText"]


def stream_summary(model_id: str, prompt: str, max_tokens: int = 512) -> Iterator[str]:
    resp = runtime.converse_stream(
        modelId=model_id,
        messages=[{"role": "user", "content": [{"text": prompt}]}],
        inferenceConfig={"maxTokens": max_tokens},
    )
    for event in resp["stream"]:
        delta = event.get("contentBlockDelta", {}).get("delta", {})
        if "text" in delta:
            yield delta["text"]


def summarize(model_id: str, prompt: str, max_tokens: int = 512) -> str:
    if model_id.startswith("anthropic."):
        return invoke_claude(model_id, prompt, max_tokens=max_tokens)
    if model_id.startswith("amazon.titan"):
        return invoke_titan(model_id, prompt, max_tokens=max_tokens)
    raise ValueError(f"unsupported Bedrock model {model_id}")
