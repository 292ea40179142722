from __future__ import annotations

import json
from typing import Iterator, Sequence

from gateway.backends.base import Backend, CompletionResult, EmbeddingResult, split_system
from gateway.clients import get_bedrock_runtime


class BedrockBackend(Backend):
    name = "bedrock"
    supports_embeddings = True
    supports_streaming = True

    def __init__(self, config, runtime=None) -> None:
        super().__init__(config)
        self.runtime = runtime or get_bedrock_runtime(config.region or "us-east-1")
        self.embed_model = config.embed_model or "amazon.titan-embed-text-v2:0"

    @staticmethod
    def _converse_messages(msgs):
        return [{"role": m["role"], "content": [{"text": m["content"]}]} for m in msgs]

    def complete(self, messages, *, model=None, max_tokens=None, temperature=0.2, system=None):
        sys_from_msgs, msgs = split_system(messages)
        system = system or sys_from_msgs
        start = self._now()
        resp = self.runtime.converse(
            modelId=model or self.default_model,
            messages=self._converse_messages(msgs),
            system=[{"text": system}] if system else [],
            inferenceConfig={
                "maxTokens": max_tokens or self.config.max_tokens,
                "temperature": temperature,
            },
        )
        content = resp["output"]["message"]["content"]
        return CompletionResult(
            text="".join(c.get("text", "") for c in content),
            model=model or self.default_model,
            backend=self.name,
            input_tokens=resp["usage"]["inputTokens"],
            output_tokens=resp["usage"]["outputTokens"],
            latency_ms=self._elapsed_ms(start),
            finish_reason=resp.get("stopReason"),
        )

    def stream(self, messages, *, model=None, max_tokens=None, temperature=0.2, system=None) -> Iterator[str]:
        sys_from_msgs, msgs = split_system(messages)
        resp = self.runtime.converse_stream(
            modelId=model or self.default_model,
            messages=self._converse_messages(msgs),
            system=[{"text": system or sys_from_msgs}] if (system or sys_from_msgs) else [],
            inferenceConfig={"maxTokens": max_tokens or self.config.max_tokens},
        )
        for event in resp["stream"]:
            delta = event.get("contentBlockDelta", {}).get("delta", {})
            if "text" in delta:
                yield delta["text"]

    def embed(self, texts: Sequence[str], *, model=None) -> EmbeddingResult:
        # Titan v2 embeds one string per request.
        vectors = []
        tokens = 0
        for text in texts:
            body = json.dumps({"inputText": text, "dimensions": 1024, "normalize": True})
            resp = self.runtime.invoke_model(
                modelId=model or self.embed_model,
                body=body,
                contentType="application/json",
                accept="application/json",
            )
            payload = json.loads(resp["body"].read())
            vectors.append(payload["embedding"])
            tokens += payload.get("inputTextTokenCount", 0)
        return EmbeddingResult(vectors=vectors, model=model or self.embed_model, backend=self.name, input_tokens=tokens)
