"""LEGACY - do not add callers (PLAT-1423). Original Bedrock integration (InvokeModel with the Anthropic messages body).

Still used by PromptJobs labelled ai.platform.example.com/legacy=true, which
rely on the exact Anthropic body shape (stop_sequences, top_k).
"""
from __future__ import annotations

import json
import logging
import os
from typing import Iterator

import boto3

logger = logging.getLogger(__name__)

DEFAULT_MODEL = "anthropic.claude-3-haiku-20240307-v1:0"
ANTHROPIC_VERSION = "bedrock-2023-05-31"

_runtime = boto3.client("bedrock-runtime", region_name=os.getenv("AWS_REGION", "eu-west-1"))


def _body(prompt: str, max_tokens: int, **extra) -> str:
    body = {
        "anthropic_version": ANTHROPIC_VERSION,
        "max_tokens": max_tokens,
        "messages": [{"role": "user", "content": prompt}],
    }
    body.update(extra)
    return json.dumps(body)


def invoke_claude(prompt: str, model_id: str | None = None, max_tokens: int = 1024, **extra) -> str:
    response = _runtime.invoke_model(
        modelId=model_id or DEFAULT_MODEL,
        body=_body(prompt, max_tokens, **extra),
        contentType="application/json",
    )
    payload = json.loads(response["body"].read())
    usage = payload.get("usage", {})
    logger.info("legacy invoke %s in=%s out=%s", model_id, usage.get("input_tokens"), usage.get("output_tokens"))
    return "".join(block["text"] for block in payload["content"] if block["type"] == "text")


def invoke_claude_stream(prompt: str, model_id: str | None = None, max_tokens: int = 1024) -> Iterator[str]:
    response = _runtime.invoke_model_with_response_stream(
        modelId=model_id or DEFAULT_MODEL,
        body=_body(prompt, max_tokens),
    )
    for event in response["body"]:
        chunk = json.loads(event["chunk"]["bytes"])
        if chunk["type"] == "content_block_delta":
            yield chunk["delta"].get("text", "")
