from __future__ import annotations

import json
from typing import Sequence

from claimsdoc.clients import get_bedrock_runtime
from claimsdoc.providers.base import BaseProvider, Completion
from claimsdoc.providers.registry import register
from claimsdoc.settings import settings


@register("bedrock")
class BedrockProvider(BaseProvider):
    supports_embeddings = True

    def __init__(self, model_id: str | None = None) -> None:
        self.model_id = model_id or settings.bedrock_model_id

    @property
    def runtime(self):
        return get_bedrock_runtime()

    def complete(self, prompt, *, system=None, max_tokens=800, json_mode=False) -> Completion:
        kwargs = {}
        if system:
            kwargs["system"] = [{"text": system}]
        resp = self.runtime.converse(
            modelId=self.model_id,
            messages=[{"role": "user", "content": [{"text": prompt}]}],
            inferenceConfig={"maxTokens": max_tokens, "temperature": 0.0},
            **kwargs,
        )
        parts = resp["output"]["message"]["content"]
        text = "".join(p.get("text", "") for p in parts)
        usage = resp.get("usage", {})
        return Completion(text, self.model_id, usage.get("inputTokens", 0), usage.get("outputTokens", 0), resp)

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        vectors = []
        rt = self.runtime
        for t in texts:
            resp = rt.invoke_model(
                modelId=settings.bedrock_titan_embed_id,
                body=json.dumps({"inputText": t[:8000], "dimensions": 512, "normalize": True}),
                contentType="application/json",
                accept="application/json",
            )
            vectors.append(json.loads(resp["body"].read())["embedding"])
        return vectors
