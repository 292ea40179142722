"""Embeddings for chunk search.

We started on OpenAI text-embedding-3-large (truncated to 1024 dims to fit the
pgvector column) and moved most tenants to voyage-law-2 in 2024.  Both stay
supported until the re-embed backfill is done; the provider used is stored per
chunk in ``DocumentChunk.embedding_model``.
"""
import logging
from typing import List, Optional

from docproc.clients import get_openai_client, voyage_client
from docproc.settings import settings
from docproc.utils.retry import provider_retry

logger = logging.getLogger(__name__)

VOYAGE_BATCH = 128  # API limit is 1000 texts / 120k tokens per request; stay well below
OPENAI_BATCH = 256


class EmbeddingService:
    def __init__(self, provider: Optional[str] = None):
        self.provider = provider or settings.embedding_provider
        if self.provider not in ("voyage", "openai"):
            raise ValueError(f"unknown embedding provider {self.provider!r}")
        self._openai = get_openai_client()
        self._voyage = voyage_client()

    @property
    def model_name(self) -> str:
        if self.provider == "voyage":
            return settings.voyage_embed_model
        return settings.openai_embedding_model

    def embed_documents(self, texts: List[str]) -> List[List[float]]:
        vectors: List[List[float]] = []
        batch_size = VOYAGE_BATCH if self.provider == "voyage" else OPENAI_BATCH
        for start in range(0, len(texts), batch_size):
            vectors.extend(self._embed_batch(texts[start:start + batch_size]))
        return vectors

    @provider_retry
    def _embed_batch(self, batch: List[str]) -> List[List[float]]:
        if self.provider == "voyage":
            result = self._voyage.embed(batch, model=settings.voyage_embed_model, input_type="document")
            logger.debug("voyage embedded %d texts (%d tokens)", len(batch), result.total_tokens)
            return result.embeddings

        resp = self._openai.embeddings.create(
            model=settings.openai_embedding_model,
            input=batch,
            dimensions=settings.openai_embedding_dims,
        )
        return [item.embedding for item in sorted(resp.data, key=lambda d: d.index)]

    def embed_query(self, query: str) -> List[float]:
        if self.provider == "voyage":
            return self._voyage.embed([query], model=settings.voyage_embed_model, input_type="query").embeddings[0]
        resp = self._openai.embeddings.create(
            model=settings.openai_embedding_model, input=query, dimensions=settings.openai_embedding_dims
        )
        return resp.data[0].embedding

    def estimate_tokens(self, texts: List[str]) -> int:
        """Used by the backfill planner to size batches; local tokenizer, no request."""
        if self.provider == "voyage":
            return self._voyage.count_tokens(texts, model=settings.voyage_embed_model)
        from docproc.utils.text import count_tokens

        return sum(count_tokens(t) for t in texts)
