"""Chunk embeddings. Voyage is primary; OpenAI is the fallback when Voyage rate-limits us."""
from __future__ import annotations

import logging

from lexbrief.clients import ProviderClients
from lexbrief.clients.voyage import LEGAL_EMBED_MODEL
from lexbrief.models import DocumentChunk
from lexbrief.utils import with_retry

log = logging.getLogger(__name__)

OPENAI_FALLBACK_MODEL = "text-embedding-3-small"
BATCH = 64


class EmbeddingService:
    def __init__(self, clients: ProviderClients) -> None:
        self.clients = clients
        self.fallback_count = 0

    async def embed_documents(self, texts: list[str]) -> list[list[float]]:
        vectors: list[list[float]] = []
        for i in range(0, len(texts), BATCH):
            batch = texts[i : i + BATCH]
            try:
                result = await with_retry(
                    self.clients.voyage.embed,
                    batch,
                    model=LEGAL_EMBED_MODEL,
                    input_type="document",
                    attempts=4,
                )
                vectors.extend(result.embeddings)
            except Exception:
                log.exception("voyage embed failed, falling back to openai")
                self.fallback_count += 1
                vectors.extend(await self._openai_embed(batch))
        return vectors

    async def _openai_embed(self, batch: list[str]) -> list[list[float]]:
        # NB: dimensions differ from voyage-law-2 (1024); we project to 1024
        resp = await self.clients.openai.embeddings.create(
            model=OPENAI_FALLBACK_MODEL, input=batch, dimensions=1024
        )
        return [d.embedding for d in resp.data]

    async def embed_chunks(self, chunks: list[DocumentChunk]) -> list[DocumentChunk]:
        vectors = await self.embed_documents([c.text for c in chunks])
        for chunk, vec in zip(chunks, vectors):
            chunk.embedding = vec
        return chunks
