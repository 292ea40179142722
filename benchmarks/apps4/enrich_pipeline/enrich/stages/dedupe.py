"""Near-duplicate detection on a short "identity" string (brand + title + key specs).

Uses its own embedding space, separate from the document embeddings of the embed stage,
because short identity strings cluster much better with a similarity-tuned model.
"""
from __future__ import annotations

import asyncio
from functools import partial
from typing import List

import numpy as np
import pandas as pd

from enrich.errors import StageError
from enrich.models import Batch
from enrich.stages.base import BaseStage
from enrich.utils.frames import chunked, cosine_matrix

GEMINI_EMBED_MODEL = "gemini-embedding-001"
TOGETHER_EMBED_MODEL = "BAAI/bge-large-en-v1.5"
HF_EMBED_MODEL = "sentence-transformers/all-MiniLM-L6-v2"


def identity_strings(frame: pd.DataFrame) -> List[str]:
    parts = frame[["brand", "title"]].fillna("").astype(str)
    return (parts["brand"] + " | " + parts["title"]).str.lower().tolist()


class DedupeStage(BaseStage):
    name = "dedupe"

    def __init__(self, ctx, **options) -> None:
        super().__init__(ctx, **options)
        self.threshold = float(self.opt("threshold", 0.93))
        self.backend = self.opt("backend", "gemini")

    async def _gemini_vectors(self, texts: List[str]) -> np.ndarray:
        vectors: List[List[float]] = []
        for chunk in chunked(texts, 100):
            resp = await asyncio.to_thread(
                lambda c=chunk: self.ctx.genai.models.embed_content(
                    model=GEMINI_EMBED_MODEL,
                    contents=list(c),
                    config={"task_type": "SEMANTIC_SIMILARITY", "output_dimensionality": 768},
                )
            )
            vectors.extend(e.values for e in resp.embeddings)
        return np.asarray(vectors, dtype=np.float32)

    async def _together_vectors(self, texts: List[str]) -> np.ndarray:
        loop = asyncio.get_running_loop()
        chunks = [list(c) for c in chunked(texts, 64)]

        async def one(chunk: List[str]):
            resp = await loop.run_in_executor(
                None,
                partial(self.ctx.together.embeddings.create, model=TOGETHER_EMBED_MODEL, input=chunk),
            )
            return [d.embedding for d in sorted(resp.data, key=lambda d: d.index)]

        results = await self.gather_bounded(one, chunks, return_exceptions=False)
        return np.asarray([v for part in results for v in part], dtype=np.float32)

    async def _hf_vectors(self, texts: List[str]) -> np.ndarray:
        arr = await asyncio.to_thread(
            self.ctx.hf.feature_extraction, texts, model=HF_EMBED_MODEL, normalize=True
        )
        return np.asarray(arr, dtype=np.float32)

    async def run(self, batch: Batch) -> Batch:
        frame = batch.frame.copy()
        if len(frame) < 2:
            frame["duplicate_of"] = None
            return batch.with_frame(frame)

        texts = identity_strings(frame)
        if self.backend == "gemini":
            vectors = await self._gemini_vectors(texts)
        elif self.backend == "together":
            vectors = await self._together_vectors(texts)
        elif self.backend == "hf":
            vectors = await self._hf_vectors(texts)
        else:
            raise StageError(self.name, f"unknown backend {self.backend!r}")

        sims = cosine_matrix(vectors)
        np.fill_diagonal(sims, 0.0)
        duplicate_of = [None] * len(frame)
        skus = frame["sku"].tolist()
        for i in range(len(frame)):
            if duplicate_of[i] is not None:
                continue
            for j in np.where(sims[i, i + 1:] >= self.threshold)[0] + i + 1:
                if duplicate_of[j] is None:
                    duplicate_of[j] = skus[i]
        frame["duplicate_of"] = duplicate_of
        self.log.info("batch %s: %d near-duplicates", batch.key, sum(d is not None for d in duplicate_of))
        return batch.with_frame(frame)
