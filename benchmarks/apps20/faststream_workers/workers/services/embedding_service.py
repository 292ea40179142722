from __future__ import annotations

import asyncio
import json
from typing import Iterable, Iterator

from workers.clients import get_bedrock_runtime


def chunk_texts(texts: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(texts), size):
        yield texts[i : i + size]


class BedrockEmbedder:
    """Titan embeddings through bedrock-runtime invoke_model (one text per request)."""

    def __init__(self, runtime=None, model_id: str = "amazon.titan-embed-text-v2:0", dims: int = 1024) -> None:
        self.runtime = runtime or get_bedrock_runtime()
        self.model_id = model_id
        self.dims = dims

    def _embed_one(self, text: str) -> list[float]:
        resp = self.runtime.invoke_model(
            modelId=self.model_id,
            contentType="application/json",
            accept="application/json",
            body=json.dumps({"inputText": text, "dimensions": self.dims, "normalize": True}),
        )
        return json.loads(resp["body"].read())["embedding"]

    async def embed_many(self, texts: Iterable[str], concurrency: int = 4) -> list[list[float]]:
        sem = asyncio.Semaphore(concurrency)

        async def one(t: str) -> list[float]:
            async with sem:
                return await asyncio.to_thread(self._embed_one, t)

        return list(await asyncio.gather(*(one(t) for t in texts)))


def cosine(a: list[float], b: list[float]) -> float:
    num = sum(x * y for x, y in zip(a, b))
    da = sum(x * x for x in a) ** 0.5
    db = sum(y * y for y in b) ** 0.5
    return num / (da * db) if da and db else 0.0
