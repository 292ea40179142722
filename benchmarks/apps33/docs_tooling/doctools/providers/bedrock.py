"""Bedrock backend (boto3 bedrock-runtime)."""
from __future__ import annotations

import json
import logging

from doctools.clients import get_bedrock_runtime
from doctools.config import get_settings

log = logging.getLogger(__name__)


def bedrock_generate(system: str, prompt: str, max_tokens: int = 700) -> str:
    settings = get_settings()
    runtime = get_bedrock_runtime()
    response = runtime.converse(
        modelId=settings.bedrock_model_id,
        system=[{"text": system}],
        messages=[{"role": "user", "content": [{"text": prompt}]}],
        inferenceConfig={"maxTokens": max_tokens, "temperature": 0.3},
    )
    usage = response.get("usage", {})
    log.debug("bedrock converse: %s in / %s out", usage.get("inputTokens"), usage.get("outputTokens"))
    return "".join(part.get("text", "") for part in response["output"]["message"]["content"])


def bedrock_invoke_claude(prompt: str, model_id: str | None = None, max_tokens: int = 512) -> str:
    """Raw InvokeModel with the Anthropic messages body (predates Converse support here)."""
    runtime = get_bedrock_runtime()
    body = {
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": max_tokens,
        "messages": [{"role": "user", "content": [{"type": "text", "text": prompt}]}],
    }
    resp = runtime.invoke_model(
        modelId=model_id or get_settings().bedrock_model_id,
        body=json.dumps(body),
        contentType="application/json",
        accept="application/json",
    )
    payload = json.loads(resp["body"].read())
    return payload["content"][0]["text"]


def list_text_models(region: str | None = None) -> list[str]:
    """Control-plane listing, used by scripts/list_models.py."""
    import boto3

    bedrock = boto3.client("bedrock", region_name=region or get_settings().bedrock_region)
    summaries = bedrock.list_foundation_models(byOutputModality="TEXT")["modelSummaries"]
    return sorted(s["modelId"] for s in summaries)
