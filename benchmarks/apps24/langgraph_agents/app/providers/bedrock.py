"""Thin helpers around the Bedrock runtime `converse` API."""
from __future__ import annotations

from typing import Any, Iterable

from app.providers.clients import get_bedrock_runtime


def to_converse_messages(history: Iterable[dict[str, str]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for msg in history:
        role = "assistant" if msg["role"] == "assistant" else "user"
        if out and out[-1]["role"] == role:
            out[-1]["content"].append({"text": msg["content"]})
        else:
            out.append({"role": role, "content": [{"text": msg["content"]}]})
    return out


def converse_text(response: dict[str, Any]) -> str:
    blocks = response["output"]["message"]["content"]
    return "".join(b.get("text", "") for b in blocks)


class BedrockChat:
    """Small object the escalation agent keeps around; one per model id."""

    def __init__(self, model_id: str, client=None, max_tokens: int = 1024):
        self.model_id = model_id
        self.max_tokens = max_tokens
        self._client = client or get_bedrock_runtime()

    def converse(self, system: str, history: list[dict[str, str]], temperature: float = 0.2) -> dict[str, Any]:
        response = self._client.converse(
            modelId=self.model_id,
            system=[{"text": system}],
            messages=to_converse_messages(history),
            inferenceConfig={"maxTokens": self.max_tokens, "temperature": temperature},
        )
        return {
            "text": converse_text(response),
            "stop_reason": response.get("stopReason"),
            "usage": response.get("usage", {}),
        }

    def stream(self, system: str, history: list[dict[str, str]]):
        response = self._client.converse_stream(
            modelId=self.model_id,
            system=[{"text": system}],
            messages=to_converse_messages(history),
            inferenceConfig={"maxTokens": self.max_tokens},
        )
        for event in response["stream"]:
            delta = event.get("contentBlockDelta", {}).get("delta", {})
            if "text" in delta:
                yield delta["text"]
