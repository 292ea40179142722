"""Embeddings for related-content and search.

OpenAI embeddings feed the "related stories" index; Gemini embeddings are an
experiment for the archive search (see ADR-0031). Both run here.
"""
from __future__ import annotations

import asyncio
import logging

import modal
from google.genai import types

from common.config import MODELS
from common.secrets import GEMINI_SECRET, OPENAI_SECRET
from modal_app import app, results_dict
from providers import get_genai, get_openai

logger = logging.getLogger(__name__)

BATCH = 256


def _batches(items: list[str], size: int = BATCH):
    for i in range(0, len(items), size):
        yield items[i : i + size]


@app.cls(secrets=[OPENAI_SECRET, GEMINI_SECRET], timeout=600, max_containers=10)
class Embedder:
    @modal.enter()
    def load(self) -> None:
        self.client = get_openai()
        self.dimensions = 512

    async def _embed_batch(self, batch: list[str]) -> list[list[float]]:
        resp = await asyncio.to_thread(
            self.client.embeddings.create,
            model=MODELS.openai_embedding,
            input=batch,
            dimensions=self.dimensions,
        )
        return [d.embedding for d in resp.data]

    @modal.method()
    async def embed(self, texts: list[str]) -> list[list[float]]:
        results = await asyncio.gather(*(self._embed_batch(b) for b in _batches(texts)))
        return [vec for batch in results for vec in batch]

    @modal.method()
    def embed_archive(self, ids: list[str], texts: list[str]) -> int:
        resp = get_genai().models.embed_content(
            model=MODELS.gemini_embedding,
            contents=texts,
            config=types.EmbedContentConfig(task_type="RETRIEVAL_DOCUMENT", output_dimensionality=768),
        )
        for asset_id, emb in zip(ids, resp.embeddings or []):
            results_dict[f"gemb:{asset_id}"] = emb.values
        return len(ids)


def cosine(a: list[float], b: list[float]) -> float:
    num = sum(x * y for x, y in zip(a, b))
    den = (sum(x * x for x in a) ** 0.5) * (sum(y * y for y in b) ** 0.5)
    return num / den if den else 0.0
