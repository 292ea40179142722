from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from typing import List, Optional, Sequence

import voyageai.error

from app.clients.voyage import get_voyage
from app.config import get_settings
from app.utils.text import batched

logger = logging.getLogger(__name__)

# Voyage limits: 1000 texts and 120k tokens per request for voyage-law-2.
MAX_TOKENS_PER_REQUEST = 120_000
MAX_TEXTS_PER_REQUEST = 1000


class EmbeddingService:
    """Document-side embeddings for ingestion. Query-side embeddings live in the search controller."""

    def __init__(self, client=None, model: Optional[str] = None, workers: int = 4) -> None:
        settings = get_settings()
        self._client = client or get_voyage()
        self.model = model or settings.voyage_embed_model
        self.context_model = settings.voyage_context_model
        self.batch_size = settings.embed_batch_size
        self.workers = workers

    def _token_safe_batches(self, texts: Sequence[str]) -> List[List[str]]:
        batches: List[List[str]] = []
        for batch in batched(list(texts), self.batch_size):
            tokens = self._client.count_tokens(list(batch), model=self.model)
            if tokens > MAX_TOKENS_PER_REQUEST and len(batch) > 1:
                mid = len(batch) // 2
                batches.extend(self._token_safe_batches(batch[:mid]))
                batches.extend(self._token_safe_batches(batch[mid:]))
            else:
                batches.append(list(batch))
        return batches

    def embed_documents(self, texts: Sequence[str]) -> List[List[float]]:
        if not texts:
            return []
        batches = self._token_safe_batches(texts)
        with ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="voyage") as pool:
            futures = [
                pool.submit(self._client.embed, batch, model=self.model, input_type="document")
                for batch in batches
            ]
            vectors: List[List[float]] = []
            total = 0
            for fut in futures:
                result = fut.result()
                vectors.extend(result.embeddings)
                total += result.total_tokens
        logger.info("embedded %d chunks in %d requests (%d tokens)", len(texts), len(batches), total)
        return vectors

    def embed_document_in_context(self, chunks: List[str]) -> List[List[float]]:
        """Contextualized chunk embeddings: each chunk is embedded knowing the rest of the document.

        Used for long contracts where definitions at the top matter for clauses further down.
        """
        try:
            result = self._client.contextualized_embed(
                inputs=[chunks],
                model=self.context_model,
                input_type="document",
            )
        except voyageai.error.InvalidRequestError:
            logger.warning("document too large for contextualized embedding, falling back (%d chunks)", len(chunks))
            return self.embed_documents(chunks)
        return result.results[0].embeddings
