"""Embeddings predictor with request coalescing."""
from __future__ import annotations

import asyncio
from typing import Dict, List, Sequence

from kserve_predictors.base import HostedLLMModel
from serving_common import get_openai_client, settings
from serving_common.batching import MicroBatcher, chunked
from serving_common.clients import get_bedrock_runtime


class OpenAIEmbeddingPredictor(HostedLLMModel):
    provider = "openai"

    def load(self) -> bool:
        self.client = get_openai_client()
        self.model = self.model or settings.default_embed_model
        self._batcher: MicroBatcher[str, List[float]] = MicroBatcher(
            self._embed_batch, max_batch_size=settings.max_batch_size, window_ms=settings.batch_window_ms
        )
        self.ready = True
        return True

    async def _embed_batch(self, texts: Sequence[str]) -> List[List[float]]:
        # the sync client is thread-safe; keep the event loop free
        resp = await asyncio.to_thread(self.client.embeddings.create, model=self.model, input=list(texts))
        return [d.embedding for d in sorted(resp.data, key=lambda d: d.index)]

    async def predict(self, payload, headers: Dict[str, str] = None):
        texts = self.extract_prompts(payload)
        vectors = await asyncio.gather(*(self._batcher.submit(t) for t in texts))
        return self.wrap(list(vectors), payload)


class TitanEmbeddingPredictor(HostedLLMModel):
    """Bedrock Titan v2 embeddings; Titan takes one text per request."""

    provider = "bedrock"

    def load(self) -> bool:
        self.runtime = get_bedrock_runtime()
        self.model = self.model or settings.titan_embed_model_id
        self.ready = True
        return True

    def _embed_one(self, text: str) -> List[float]:
        import json

        resp = self.runtime.invoke_model(
            modelId=self.model,
            body=json.dumps({"inputText": text, "dimensions": 1024, "normalize": True}),
            accept="application/json",
            contentType="application/json",
        )
        return json.loads(resp["body"].read())["embedding"]

    def predict(self, payload, headers: Dict[str, str] = None):
        texts = self.extract_prompts(payload)
        vectors = []
        for group in chunked(texts, 8):
            vectors.extend(self._embed_one(t) for t in group)
        return self.wrap(vectors, payload)
