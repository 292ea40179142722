"""AWS Bedrock through the Converse API (works for Claude, Llama, Mistral, Titan...)."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from datalingo.clients import get_bedrock_runtime
from datalingo.providers.base import Completion, Provider


class BedrockProvider(Provider):
    name = "bedrock"
    supports_streaming = True

    def __init__(self, model: str, region: str = "eu-west-1", runtime: Any = None):
        super().__init__(model)
        self.runtime = runtime or get_bedrock_runtime(region)

    @staticmethod
    def _conv(prompt: str) -> list[dict]:
        return [{"role": "user", "content": [{"text": prompt}]}]

    def complete(self, prompt, system=None, *, max_tokens=512, temperature=0.2) -> Completion:
        start = self._clock()
        params: dict[str, Any] = {
            "modelId": self.model,
            "messages": self._conv(prompt),
            "inferenceConfig": {"maxTokens": max_tokens, "temperature": temperature},
        }
        if system:
            params["system"] = [{"text": system}]
        resp = self.runtime.converse(**params)
        blocks = resp["output"]["message"]["content"]
        usage = resp.get("usage", {})
        return Completion(
            text="".join(b.get("text", "") for b in blocks),
            model=self.model,
            provider=self.name,
            input_tokens=usage.get("inputTokens", 0),
            output_tokens=usage.get("outputTokens", 0),
            latency_s=self._clock() - start,
            raw=resp,
        )

    def stream(self, prompt: str, system: str | None = None, **kwargs: Any) -> Iterator[str]:
        resp = self.runtime.converse_stream(
            modelId=self.model,
            messages=self._conv(prompt),
            system=[{"text": system}] if system else [],
            inferenceConfig={"maxTokens": kwargs.get("max_tokens", 1024)},
        )
        for event in resp["stream"]:
            delta = event.get("contentBlockDelta", {}).get("delta", {})
            if "text" in delta:
                yield delta["text"]

    def count_tokens(self, prompt: str) -> int:
        resp = self.runtime.count_tokens(
            modelId=self.model,
            input={"converse": {"messages": self._conv(prompt)}},
        )
        return resp["inputTokens"]
