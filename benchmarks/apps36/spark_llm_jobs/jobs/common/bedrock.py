"""Bedrock request/response helpers (Anthropic-on-Bedrock message format, Titan embeddings)."""
from __future__ import annotations

import json
from typing import Any

ANTHROPIC_VERSION = "bedrock-2023-05-31"


def claude_body(prompt: str, max_tokens: int = 512, system: str | None = None, temperature: float = 0.0) -> str:
    body: dict[str, Any] = {
        "anthropic_version": ANTHROPIC_VERSION,
        "max_tokens": max_tokens,
        "temperature": temperature,
        "messages": [{"role": "user", "content": [{"type": "text", "text": prompt}]}],
    }
    if system:
        body["system"] = system
    return json.dumps(body)


def parse_claude_response(raw: dict[str, Any]) -> tuple[str, int, int]:
    payload = json.loads(raw["body"].read())
    text = "".join(block.get("text", "") for block in payload.get("content", []))
    usage = payload.get("usage", {})
    return text, usage.get("input_tokens", 0), usage.get("output_tokens", 0)


def invoke_claude(runtime, model_id: str, prompt: str, **kwargs: Any) -> tuple[str, int, int]:
    """Single Claude call on Bedrock via InvokeModel. ``runtime`` is a bedrock-runtime client."""
    raw = runtime.invoke_model(
        modelId=model_id,
        body=claude_body(prompt, **kwargs),
        contentType="application/json",
        accept="application/json",
    )
    return parse_claude_response(raw)


def titan_embed(runtime, text: str, model_id: str = "amazon.titan-embed-text-v2:0") -> list[float]:
    raw = runtime.invoke_model(modelId=model_id, body=json.dumps({"inputText": text[:20000], "normalize": True}))
    return json.loads(raw["body"].read())["embedding"]


def converse_text(resp: dict[str, Any]) -> str:
    return "".join(c.get("text", "") for c in resp["output"]["message"]["content"])
