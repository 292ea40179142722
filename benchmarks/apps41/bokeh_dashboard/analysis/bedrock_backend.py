"""Bedrock (Converse API + a couple of invoke_model leftovers)."""
from __future__ import annotations

import json
import logging

from analysis import prompts
from analysis.clients import make_bedrock_runtime
from config import settings

log = logging.getLogger(__name__)


class BedrockNarrator:
    def __init__(self, runtime=None, model_id: str | None = None):
        self.runtime = runtime or make_bedrock_runtime()
        self.model_id = model_id or settings.bedrock_model_id
        self.last_usage: dict = {}

    def narrate(self, prompt: str, system: str = prompts.SYSTEM_EXPLAINER, max_tokens: int = 400) -> str:
        resp = self.runtime.converse(
            modelId=self.model_id,
            system=[{"text": system}],
            messages=prompts.as_converse(prompt),
            inferenceConfig={"maxTokens": max_tokens, "temperature": 0.2},
        )
        self.last_usage = resp.get("usage", {})
        return resp["output"]["message"]["content"][0]["text"]

    def narrate_stream(self, prompt: str, on_text) -> str:
        resp = self.runtime.converse_stream(
            modelId=self.model_id,
            messages=prompts.as_converse(prompt),
            inferenceConfig={"maxTokens": 500},
        )
        buf = []
        for event in resp["stream"]:
            delta = event.get("contentBlockDelta", {}).get("delta", {}).get("text")
            if delta:
                buf.append(delta)
                on_text("".join(buf))
        return "".join(buf)


def invoke_claude_legacy(prompt: str, region: str | None = None) -> str:
    """Pre-Converse code path kept for the on-prem gateway that only proxies InvokeModel."""
    runtime = make_bedrock_runtime(region)
    body = json.dumps(
        {
            "anthropic_version": "bedrock-2023-05-31",
            "max_tokens": 400,
            "messages": prompts.as_anthropic(prompt),
        }
    )
    raw = runtime.invoke_model(
        modelId=settings.bedrock_model_id,
        body=body,
        contentType="application/json",
        accept="application/json",
    )
    payload = json.loads(raw["body"].read())
    return payload["content"][0]["text"]


def titan_embed(texts: list[str]) -> list[list[float]]:
    runtime = make_bedrock_runtime()
    vectors = []
    for text in texts:
        out = runtime.invoke_model(
            modelId=settings.bedrock_titan_embed_id,
            body=json.dumps({"inputText": text, "dimensions": 512}),
        )
        vectors.append(json.loads(out["body"].read())["embedding"])
    return vectors


def list_foundation_models(region: str | None = None) -> list[str]:
    """Control-plane call for the provider dropdown; not billable."""
    import boto3

    bedrock = boto3.client("bedrock", region_name=region or settings.aws_region)
    summaries = bedrock.list_foundation_models(byOutputModality="TEXT")["modelSummaries"]
    return sorted(m["modelId"] for m in summaries)
