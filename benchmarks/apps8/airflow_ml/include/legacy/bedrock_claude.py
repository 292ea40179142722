"""Claude-on-Bedrock helpers from the first version of the description pipeline (2023).

Kept because enrichment and a couple of one-off DAGs still import ``bedrock`` and
``ask_claude`` from here. Do not add new callers: use include.llm.clients.
"""
import json
import os

import boto3

REGION = os.environ.get("BEDROCK_REGION", "eu-central-1")
CLAUDE_MODEL = os.environ.get("BEDROCK_CLAUDE_MODEL_ID", "anthropic.claude-3-5-sonnet-20240620-v1:0")
ANTHROPIC_VERSION = "bedrock-2023-05-31"

bedrock = boto3.client("bedrock-runtime", region_name=REGION)


def _body(prompt, max_tokens=1000, temperature=0.5, system=None):
    payload = {
        "anthropic_version": ANTHROPIC_VERSION,
        "max_tokens": max_tokens,
        "temperature": temperature,
        "messages": [{"role": "user", "content": [{"type": "text", "text": prompt}]}],
    }
    if system:
        payload["system"] = system
    return json.dumps(payload)


def ask_claude(prompt, max_tokens=1000, temperature=0.5, system=None, model_id=CLAUDE_MODEL):
    resp = bedrock.invoke_model(
        modelId=model_id,
        body=_body(prompt, max_tokens, temperature, system),
        contentType="application/json",
        accept="application/json",
    )
    data = json.loads(resp["body"].read())
    return "".join(block.get("text", "") for block in data["content"])


def ask_claude_streaming(prompt, max_tokens=2000, system=None, model_id=CLAUDE_MODEL):
    """Yields text deltas; used for the long-form buying guides."""
    resp = bedrock.invoke_model_with_response_stream(
        modelId=model_id, body=_body(prompt, max_tokens, 0.7, system)
    )
    for event in resp["body"]:
        chunk = json.loads(event["chunk"]["bytes"])
        if chunk.get("type") == "content_block_delta":
            yield chunk["delta"].get("text", "")
