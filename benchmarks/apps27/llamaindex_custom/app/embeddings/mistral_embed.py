"""mistral-embed, used for the EU tenant index."""
from __future__ import annotations

from typing import Any, List

from llama_index.core.bridge.pydantic import PrivateAttr
from llama_index.core.embeddings import BaseEmbedding
from mistralai import Mistral

from app.clients import get_mistral_client


class MistralEmbedding(BaseEmbedding):
    _client: Mistral = PrivateAttr()

    def __init__(self, model_name: str = "mistral-embed", **kwargs: Any) -> None:
        super().__init__(model_name=model_name, embed_batch_size=64, **kwargs)
        self._client = get_mistral_client()

    @classmethod
    def class_name(cls) -> str:
        return "MistralEmbedding"

    def _get_query_embedding(self, query: str) -> List[float]:
        return self._get_text_embeddings([query])[0]

    def _get_text_embedding(self, text: str) -> List[float]:
        return self._get_text_embeddings([text])[0]

    def _get_text_embeddings(self, texts: List[str]) -> List[List[float]]:
        res = self._client.embeddings.create(model=self.model_name, inputs=texts)
        return [item.embedding for item in res.data]

    async def _aget_query_embedding(self, query: str) -> List[float]:
        res = await self._client.embeddings.create_async(model=self.model_name, inputs=[query])
        return res.data[0].embedding

    async def _aget_text_embedding(self, text: str) -> List[float]:
        return self._get_text_embedding(text)
