"""Compute document embeddings for every row and store them in the ``embedding`` column."""
from __future__ import annotations

import asyncio
from typing import List

import numpy as np

from enrich.config import DEFAULT_EMBED_MODEL
from enrich.errors import StageError
from enrich.models import Batch
from enrich.stages.base import BaseStage
from enrich.utils.frames import chunked, text_for_embedding
from enrich.utils.retry import retry

# voyage accepts up to 1000 texts / 320k tokens per request for voyage-3.5
MAX_TEXTS_PER_REQUEST = 128
MAX_TOKENS_PER_REQUEST = 120_000


class EmbedStage(BaseStage):
    name = "embed"

    def __init__(self, ctx, **options) -> None:
        super().__init__(ctx, **options)
        self.backend = self.opt("backend", "voyage")
        self.model = self.opt("model", DEFAULT_EMBED_MODEL)
        self.dimension = int(self.opt("dimension", 1024))
        self.contextual = bool(self.opt("contextual", False))

    def _split_by_budget(self, texts: List[str]) -> List[List[str]]:
        groups: List[List[str]] = []
        for chunk in chunked(texts, MAX_TEXTS_PER_REQUEST):
            chunk = list(chunk)
            total = self.ctx.embedder.count_tokens(chunk, model=self.model)
            if total <= MAX_TOKENS_PER_REQUEST:
                groups.append(chunk)
                continue
            half = len(chunk) // 2 or 1
            groups.extend([chunk[:half], chunk[half:]])
        return [g for g in groups if g]

    @retry(attempts=5, base=1.0)
    def _embed_voyage(self, texts: List[str]) -> List[List[float]]:
        result = self.ctx.embedder.embed(
            texts,
            model=self.model,
            input_type="document",
            output_dimension=self.dimension,
        )
        return result.embeddings

    def _embed_granite(self, texts: List[str]) -> List[List[float]]:
        return self.ctx.granite_embed.embed_documents(texts=texts)

    async def _embed_contextual(self, frame) -> List[List[float]]:
        # one "document" per product: title, description and bullets are chunks of it
        docs = [
            [str(v) for v in (row.title, row.description, row.bullet_points) if v]
            for row in frame.itertuples(index=False)
        ]
        result = await self.ctx.voyage_async.contextualized_embed(
            inputs=docs,
            model="voyage-context-3",
            input_type="document",
            output_dimension=self.dimension,
        )
        # average chunk vectors back into one vector per product
        return [np.mean(r.embeddings, axis=0).tolist() for r in result.results]

    async def run(self, batch: Batch) -> Batch:
        frame = batch.frame.copy()
        if frame.empty:
            return batch
        if self.contextual and self.backend == "voyage":
            vectors = await self._embed_contextual(frame)
        else:
            texts = text_for_embedding(frame)
            fn = self._embed_voyage if self.backend == "voyage" else self._embed_granite
            groups = self._split_by_budget(texts) if self.backend == "voyage" else [texts]
            parts = await self.gather_bounded(lambda g: asyncio.to_thread(fn, g), groups)
            vectors = []
            for part in parts:
                if isinstance(part, Exception):
                    raise StageError(self.name, f"embedding failed: {part}", retryable=True)
                vectors.extend(part)
        if len(vectors) != len(frame):
            raise StageError(self.name, f"got {len(vectors)} vectors for {len(frame)} rows")
        frame["embedding"] = vectors
        frame["embedding_model"] = "voyage-context-3" if self.contextual else self.model
        return batch.with_frame(frame)
