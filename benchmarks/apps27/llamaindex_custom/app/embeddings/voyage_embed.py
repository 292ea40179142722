"""Voyage embeddings (default embed model since Q3)."""
from __future__ import annotations

import logging
from typing import Any, List, Optional

import voyageai
from llama_index.core.bridge.pydantic import Field, PrivateAttr
from llama_index.core.embeddings import BaseEmbedding

from app.clients import get_async_voyage_client, get_voyage_client

logger = logging.getLogger(__name__)


class VoyageEmbedding(BaseEmbedding):
    model: str = Field(default="voyage-3")
    output_dimension: Optional[int] = Field(default=None)

    _client: voyageai.Client = PrivateAttr()
    _aclient: voyageai.AsyncClient = PrivateAttr()
    _tokens_used: int = PrivateAttr(default=0)

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(embed_batch_size=kwargs.pop("embed_batch_size", 128), **kwargs)
        self._client = get_voyage_client()
        self._aclient = get_async_voyage_client()

    @classmethod
    def class_name(cls) -> str:
        return "VoyageEmbedding"

    @property
    def tokens_used(self) -> int:
        return self._tokens_used

    def _get_query_embedding(self, query: str) -> List[float]:
        result = self._client.embed([query], model=self.model, input_type="query", output_dimension=self.output_dimension)
        self._tokens_used += result.total_tokens
        return result.embeddings[0]

    def _get_text_embedding(self, text: str) -> List[float]:
        return self._get_text_embeddings([text])[0]

    def _get_text_embeddings(self, texts: List[str]) -> List[List[float]]:
        result = self._client.embed(
            texts,
            model=self.model,
            input_type="document",
            output_dimension=self.output_dimension,
        )
        self._tokens_used += result.total_tokens
        logger.debug("voyage embedded %d docs (%d tokens)", len(texts), result.total_tokens)
        return result.embeddings

    async def _aget_query_embedding(self, query: str) -> List[float]:
        result = await self._aclient.embed([query], model=self.model, input_type="query")
        return result.embeddings[0]

    async def _aget_text_embedding(self, text: str) -> List[float]:
        return self._get_text_embedding(text)
