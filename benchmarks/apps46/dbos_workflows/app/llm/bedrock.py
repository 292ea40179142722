"""Thin wrapper around the Bedrock runtime Converse API."""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass

from app.llm.clients import get_bedrock_runtime

log = logging.getLogger(__name__)


@dataclass
class BedrockReply:
    text: str
    input_tokens: int
    output_tokens: int
    stop_reason: str


class BedrockChat:
    def __init__(self, model_id: str, client=None, max_tokens: int = 2048, temperature: float = 0.0):
        self.model_id = model_id
        self.client = client or get_bedrock_runtime()
        self.max_tokens = max_tokens
        self.temperature = temperature

    def chat(self, messages: list[dict], system: list[dict] | None = None) -> BedrockReply:
        resp = self.client.converse(
            modelId=self.model_id,
            messages=messages,
            system=system or [],
            inferenceConfig={"maxTokens": self.max_tokens, "temperature": self.temperature},
        )
        usage = resp.get("usage", {})
        content = resp["output"]["message"]["content"]
        text = "".join(block.get("text", "") for block in content)
        return BedrockReply(
            text=text,
            input_tokens=usage.get("inputTokens", 0),
            output_tokens=usage.get("outputTokens", 0),
            stop_reason=resp.get("stopReason", ""),
        )

    def stream_text(self, messages: list[dict], system: list[dict] | None = None):
        resp = self.client.converse_stream(
            modelId=self.model_id,
            messages=messages,
            system=system or [],
            inferenceConfig={"maxTokens": self.max_tokens},
        )
        for event in resp["stream"]:
            delta = event.get("contentBlockDelta", {}).get("delta", {})
            if "text" in delta:
                yield delta["text"]


def invoke_titan(prompt: str, model_id: str, max_tokens: int = 1024) -> str:
    """Legacy InvokeModel path for Titan text models (no Converse support in our account tier)."""
    body = {
        "inputText": prompt,
        "textGenerationConfig": {"maxTokenCount": max_tokens, "temperature": 0.0, "topP": 1.0},
    }
    runtime = get_bedrock_runtime()
    raw = runtime.invoke_model(
        modelId=model_id,
        body=json.dumps(body),
        contentType="application/json",
        accept="application/json",
    )
    payload = json.loads(raw["body"].read())
    return payload["results"][0]["outputText"]
