from __future__ import annotations

import json
import logging
from typing import Iterator, List, Optional, Sequence

from gateway.clients.sdk_clients import bedrock_runtime
from gateway.providers.anthropic_provider import split_system
from gateway.providers.base import BaseProvider
from gateway.providers.registry import register
from gateway.retry import vendor_retry
from gateway.schemas import ChatResult, Usage

log = logging.getLogger(__name__)


@register("bedrock")
class BedrockProvider(BaseProvider):
    """AWS Bedrock through the Converse API, so the model family does not matter."""

    def __init__(self, settings=None) -> None:
        super().__init__(settings)
        self.runtime = bedrock_runtime()

    @property
    def client(self):
        return self.runtime

    def _converse_args(self, messages, model, temperature, max_tokens) -> dict:
        system, turns = split_system(messages)
        args = {
            "modelId": model or self.default_model,
            "messages": [{"role": t["role"], "content": [{"text": t["content"]}]} for t in turns],
            "inferenceConfig": {"temperature": temperature, "maxTokens": self._max_tokens(max_tokens)},
        }
        if system:
            args["system"] = [{"text": system}]
        return args

    @vendor_retry()
    def complete(self, messages, *, model=None, temperature=0.2, max_tokens=None) -> ChatResult:
        args = self._converse_args(messages, model, temperature, max_tokens)
        out = self.runtime.converse(**args)
        blocks = out["output"]["message"]["content"]
        text = "".join(b.get("text", "") for b in blocks)
        usage = Usage(input_tokens=out["usage"]["inputTokens"], output_tokens=out["usage"]["outputTokens"])
        return self._result(args["modelId"], text, usage, out.get("stopReason"))

    def stream(self, messages, *, model=None, temperature=0.2, max_tokens=None) -> Iterator[str]:
        response = self.runtime.converse_stream(**self._converse_args(messages, model, temperature, max_tokens))
        for event in response["stream"]:
            if "contentBlockDelta" in event:
                yield event["contentBlockDelta"]["delta"].get("text", "")
            elif "metadata" in event:
                log.debug("bedrock stream usage %s", event["metadata"].get("usage"))

    @vendor_retry()
    def embed(self, texts: Sequence[str], *, model: Optional[str] = None) -> List[List[float]]:
        # Titan embeddings take one input per request.
        vectors: List[List[float]] = []
        for text in texts:
            resp = self.runtime.invoke_model(
                modelId=model or self.embedding_model,
                body=json.dumps({"inputText": text, "dimensions": 1024, "normalize": True}),
                contentType="application/json",
                accept="application/json",
            )
            vectors.append(json.loads(resp["body"].read())["embedding"])
        return vectors
