"""Bedrock helpers (runtime + control plane)."""
from __future__ import annotations

from typing import Dict, List, Optional

import boto3
from botocore.config import Config

from core.settings import settings

_RUNTIME_CONFIG = Config(
    retries={"max_attempts": 4, "mode": "adaptive"},
    read_timeout=120,
    connect_timeout=5,
)


def runtime(region: Optional[str] = None):
    return boto3.client(
        "bedrock-runtime",
        region_name=region or settings.aws.region,
        config=_RUNTIME_CONFIG,
    )


def available_text_models(provider: str = "Anthropic") -> List[str]:
    control = boto3.client("bedrock", region_name=settings.aws.region)
    resp = control.list_foundation_models(byProvider=provider, byOutputModality="TEXT")
    return [m["modelId"] for m in resp.get("modelSummaries", [])]


def collect_stream(response: Dict) -> Dict[str, object]:
    """Fold a ConverseStream event stream into text + usage."""
    parts: List[str] = []
    usage: Dict[str, int] = {}
    stop_reason = None
    for event in response["stream"]:
        if "contentBlockDelta" in event:
            parts.append(event["contentBlockDelta"]["delta"].get("text", ""))
        elif "messageStop" in event:
            stop_reason = event["messageStop"].get("stopReason")
        elif "metadata" in event:
            usage = event["metadata"].get("usage", {})
    return {"text": "".join(parts), "usage": usage, "stop_reason": stop_reason}


def converse_text(prompt: str, system: str = "", max_tokens: int = 1024) -> str:
    kwargs = {
        "modelId": settings.aws.bedrock_model_id,
        "messages": [{"role": "user", "content": [{"text": prompt}]}],
        "inferenceConfig": {"maxTokens": max_tokens, "temperature": 0.2},
    }
    if system:
        kwargs["system"] = [{"text": system}]
    response = runtime().converse_stream(**kwargs)
    return str(collect_stream(response)["text"])
