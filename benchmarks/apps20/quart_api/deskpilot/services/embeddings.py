from __future__ import annotations

import logging
from typing import Sequence

log = logging.getLogger(__name__)


class EmbeddingService:
    """Wraps whichever embedding backend the tenant's index was built with.

    ``openai`` indexes are the old ones (pre-2024); new indexes use Cohere.
    """

    def __init__(self, openai_client=None, cohere_client=None, *, openai_model: str = "text-embedding-3-small",
                 cohere_model: str = "embed-english-v3.0") -> None:
        self.openai = openai_client
        self.cohere = cohere_client
        self.openai_model = openai_model
        self.cohere_model = cohere_model

    async def embed(self, texts: Sequence[str], backend: str = "cohere", *, for_query: bool = False) -> list[list[float]]:
        if backend == "openai":
            return await self._embed_openai(texts)
        return await self._embed_cohere(texts, for_query=for_query)

    async def _embed_openai(self, texts: Sequence[str]) -> list[list[float]]:
        resp = await self.openai.embeddings.create(model=self.openai_model, input=list(texts))
        return [d.embedding for d in resp.data]

    async def _embed_cohere(self, texts: Sequence[str], *, for_query: bool) -> list[list[float]]:
        resp = await self.cohere.embed(
            texts=list(texts),
            model=self.cohere_model,
            input_type="search_query" if for_query else "search_document",
            embedding_types=["float"],
        )
        return resp.embeddings.float_
