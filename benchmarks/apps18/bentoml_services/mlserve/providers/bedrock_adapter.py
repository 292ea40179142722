from __future__ import annotations

import json
from typing import Any, Iterator, Sequence

from mlserve.clients import get_bedrock_control, get_bedrock_runtime
from mlserve.types import ChatResult


def to_converse_messages(messages: Sequence[dict[str, str]]) -> tuple[list[dict], list[dict[str, Any]]]:
    system = [{"text": m["content"]} for m in messages if m["role"] == "system"]
    convo = [
        {"role": m["role"], "content": [{"text": m["content"]}]}
        for m in messages
        if m["role"] != "system"
    ]
    return system, convo


class BedrockProvider:
    name = "bedrock"
    default_model = "anthropic.claude-3-5-sonnet-20240620-v1:0"

    def __init__(self, runtime=None, region: str | None = None) -> None:
        self.runtime = runtime or get_bedrock_runtime(region)

    def complete(
        self,
        messages: Sequence[dict[str, str]],
        *,
        model: str | None = None,
        max_tokens: int = 512,
        temperature: float = 0.2,
    ) -> ChatResult:
        system, convo = to_converse_messages(messages)
        model = model or self.default_model
        resp = self.runtime.converse(
            modelId=model,
            system=system,
            messages=convo,
            inferenceConfig={"maxTokens": max_tokens, "temperature": temperature},
        )
        blocks = resp["output"]["message"]["content"]
        return ChatResult(
            text="".join(b.get("text", "") for b in blocks),
            model=model,
            provider=self.name,
            input_tokens=resp["usage"]["inputTokens"],
            output_tokens=resp["usage"]["outputTokens"],
        )

    def stream(
        self, messages: Sequence[dict[str, str]], *, model: str | None = None, max_tokens: int = 512
    ) -> Iterator[str]:
        system, convo = to_converse_messages(messages)
        resp = self.runtime.converse_stream(
            modelId=model or self.default_model,
            system=system,
            messages=convo,
            inferenceConfig={"maxTokens": max_tokens},
        )
        for event in resp["stream"]:
            delta = event.get("contentBlockDelta", {}).get("delta", {})
            if "text" in delta:
                yield delta["text"]

    def titan_embed(self, text: str, dimensions: int = 512) -> list[float]:
        body = json.dumps({"inputText": text, "dimensions": dimensions, "normalize": True})
        resp = self.runtime.invoke_model(
            modelId="amazon.titan-embed-text-v2:0",
            body=body,
            contentType="application/json",
            accept="application/json",
        )
        return json.loads(resp["body"].read())["embedding"]


def list_text_models() -> list[str]:
    """Control plane only: used by the CLI."""
    summaries = get_bedrock_control().list_foundation_models(byOutputModality="TEXT")["modelSummaries"]
    return [m["modelId"] for m in summaries]
