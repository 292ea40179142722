"""Bedrock-specific helpers (invoke_model bodies differ per model family)."""
from __future__ import annotations

import json
from typing import Iterator

from llm.clients import get_bedrock_runtime

CLAUDE_BEDROCK = "anthropic.claude-3-5-sonnet-20240620-v1:0"
TITAN_EMBED = "amazon.titan-embed-text-v2:0"


def claude_body(prompt: str, max_tokens: int = 800, system: str | None = None) -> str:
    body = {
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": max_tokens,
        "messages": [{"role": "user", "content": prompt}],
    }
    if system:
        body["system"] = system
    return json.dumps(body)


def invoke_claude(prompt: str, system: str | None = None, model_id: str = CLAUDE_BEDROCK) -> str:
    client = get_bedrock_runtime()
    resp = client.invoke_model(
        modelId=model_id,
        body=claude_body(prompt, system=system),
        contentType="application/json",
        accept="application/json",
    )
    payload = json.loads(resp["body"].read())
    return payload["content"][0]["text"]


def titan_embed(text: str, runtime=None) -> list[float]:
    runtime = runtime or get_bedrock_runtime()
    resp = runtime.invoke_model(modelId=TITAN_EMBED, body=json.dumps({"inputText": text}))
    return json.loads(resp["body"].read())["embedding"]


def stream_converse(runtime, model_id: str, messages: list[dict]) -> Iterator[str]:
    """Yields text deltas; the runtime is passed in by the caller."""
    response = runtime.converse_stream(modelId=model_id, messages=messages)
    for event in response["stream"]:
        delta = event.get("contentBlockDelta", {}).get("delta", {})
        if "text" in delta:
            yield delta["text"]


def to_converse_messages(history: list[dict]) -> list[dict]:
    return [{"role": m["role"], "content": [{"text": m["content"]}]} for m in history]
