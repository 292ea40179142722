"""Legacy Bedrock helpers (InvokeModel with provider-specific bodies).

Predates enrich.clients / the Converse API. Still used by the Titan embedding
backfill and the account-notes job, which parse the raw Anthropic body.
New code: use enrich.summarize or enrich.clients.bedrock_runtime().
"""
import json
import logging
import os

import boto3

log = logging.getLogger(__name__)

REGION = os.environ.get("BEDROCK_REGION", "us-west-2")
CLAUDE_MODEL = os.environ.get("BEDROCK_CLAUDE_MODEL", "anthropic.claude-3-haiku-20240307-v1:0")
TITAN_EMBED_MODEL = "amazon.titan-embed-text-v2:0"

_runtime = boto3.client("bedrock-runtime", region_name=REGION)
_control = boto3.client("bedrock", region_name=REGION)


def _anthropic_body(prompt, max_tokens, temperature, system=None):
    body = {
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": max_tokens,
        "temperature": temperature,
        "messages": [{"role": "user", "content": [{"type": "text", "text": prompt}]}],
    }
    if system:
        body["system"] = system
    return json.dumps(body)


def invoke_claude(prompt, max_tokens=512, temperature=0.0, system=None, model_id=CLAUDE_MODEL):
    resp = _runtime.invoke_model(
        modelId=model_id,
        body=_anthropic_body(prompt, max_tokens, temperature, system),
        contentType="application/json",
        accept="application/json",
    )
    payload = json.loads(resp["body"].read())
    return "".join(part.get("text", "") for part in payload.get("content", []))


def invoke_claude_stream(prompt, max_tokens=1024, model_id=CLAUDE_MODEL):
    resp = _runtime.invoke_model_with_response_stream(
        modelId=model_id, body=_anthropic_body(prompt, max_tokens, 0.2)
    )
    for event in resp["body"]:
        chunk = json.loads(event["chunk"]["bytes"])
        if chunk.get("type") == "content_block_delta":
            yield chunk["delta"].get("text", "")


def titan_embed(text, dimensions=512):
    resp = _runtime.invoke_model(
        modelId=TITAN_EMBED_MODEL,
        body=json.dumps({"inputText": text[:8000], "dimensions": dimensions, "normalize": True}),
    )
    return json.loads(resp["body"].read())["embedding"]


def available_models(provider="Anthropic"):
    """Model ids enabled in this account, for the settings sanity check."""
    summaries = _control.list_foundation_models(byProvider=provider, byOutputModality="TEXT")
    return sorted(m["modelId"] for m in summaries.get("modelSummaries", []))
