"""Text embeddings for the vector sink (Voyage, with an OpenAI fallback)."""
from __future__ import annotations

import logging
from typing import Sequence

import voyageai

from app.config import get_settings
from app.enrich.clients import get_openai, get_voyage

logger = logging.getLogger(__name__)

VOYAGE_MAX_BATCH = 128
VOYAGE_MAX_TOKENS_PER_BATCH = 120_000


class Embedder:
    def __init__(self, model: str | None = None, client: voyageai.Client | None = None) -> None:
        self.model = model or get_settings().models.embedding
        self.vo = client or get_voyage()

    def _batches(self, texts: Sequence[str]) -> list[list[str]]:
        batches: list[list[str]] = []
        current: list[str] = []
        for text in texts:
            current.append(text)
            if len(current) >= VOYAGE_MAX_BATCH:
                batches.append(current)
                current = []
        if current:
            batches.append(current)
        return batches

    def token_budget_ok(self, texts: Sequence[str]) -> bool:
        return self.vo.count_tokens(list(texts), model=self.model) < VOYAGE_MAX_TOKENS_PER_BATCH

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        vectors: list[list[float]] = []
        for batch in self._batches(texts):
            result = self.vo.embed(batch, model=self.model, input_type="document", truncation=True)
            vectors.extend(result.embeddings)
        return vectors

    def embed_query(self, text: str) -> list[float]:
        return self.vo.embed([text], model=self.model, input_type="query").embeddings[0]


def embed_openai_fallback(texts: list[str], model: str = "text-embedding-3-small") -> list[list[float]]:
    """Used when Voyage is down. Dimensions are forced to match the collection."""
    dim = get_settings().models.embedding_dim
    resp = get_openai().embeddings.create(model=model, input=texts, dimensions=dim)
    return [d.embedding for d in resp.data]
