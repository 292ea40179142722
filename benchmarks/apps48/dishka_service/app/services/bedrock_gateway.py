"""Thin wrapper over the bedrock-runtime client.

Keeps the JSON body shapes for the different model families in one place.
"""
from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import Any

from app.config import Settings
from app.ioc.clients import BedrockRuntime

logger = logging.getLogger(__name__)


class BedrockGateway:
    def __init__(self, runtime: BedrockRuntime, settings: Settings) -> None:
        self._runtime: Any = runtime
        self._settings = settings

    @property
    def model_id(self) -> str:
        return self._settings.bedrock_model_id

    def converse(self, system: str, user: str, max_tokens: int = 1024, temperature: float = 0.2) -> str:
        response = self._runtime.converse(
            modelId=self.model_id,
            system=[{"text": system}],
            messages=[{"role": "user", "content": [{"text": user}]}],
            inferenceConfig={"maxTokens": max_tokens, "temperature": temperature},
        )
        usage = response.get("usage", {})
        logger.debug("bedrock converse in=%s out=%s", usage.get("inputTokens"), usage.get("outputTokens"))
        return response["output"]["message"]["content"][0]["text"]

    def stream(self, system: str, user: str, max_tokens: int = 1024) -> Iterator[str]:
        response = self._runtime.converse_stream(
            modelId=self.model_id,
            system=[{"text": system}],
            messages=[{"role": "user", "content": [{"text": user}]}],
            inferenceConfig={"maxTokens": max_tokens},
        )
        for event in response["stream"]:
            delta = event.get("contentBlockDelta", {}).get("delta", {})
            if "text" in delta:
                yield delta["text"]

    def titan_embed(self, text: str) -> list[float]:
        body = json.dumps({"inputText": text, "dimensions": 1024, "normalize": True})
        resp = self._runtime.invoke_model(
            modelId=self._settings.bedrock_titan_embed_id,
            body=body,
            contentType="application/json",
            accept="application/json",
        )
        return json.loads(resp["body"].read())["embedding"]

    def token_count(self, user: str) -> int:
        resp = self._runtime.count_tokens(
            modelId=self.model_id,
            input={"converse": {"messages": [{"role": "user", "content": [{"text": user}]}]}},
        )
        return resp["inputTokens"]
