"""text-embedding-3 via the shared OpenAI client."""
from __future__ import annotations

from typing import Any, List, Optional

from llama_index.core.bridge.pydantic import Field, PrivateAttr
from llama_index.core.embeddings import BaseEmbedding
from openai import AsyncOpenAI, OpenAI

from app import clients


class OpenAIEmbeddingModel(BaseEmbedding):
    model: str = Field(default="text-embedding-3-small")
    dimensions: Optional[int] = Field(default=None, description="Matryoshka truncation")

    _client: OpenAI = PrivateAttr()
    _aclient: AsyncOpenAI = PrivateAttr()

    def __init__(self, embed_batch_size: int = 128, **kwargs: Any) -> None:
        super().__init__(embed_batch_size=embed_batch_size, model_name=kwargs.get("model", "text-embedding-3-small"), **kwargs)
        self._client = clients.get_openai_client()
        self._aclient = clients.get_async_openai_client()

    @classmethod
    def class_name(cls) -> str:
        return "OpenAIEmbeddingModel"

    def _extra(self) -> dict[str, Any]:
        return {"dimensions": self.dimensions} if self.dimensions else {}

    def _embed(self, texts: List[str]) -> List[List[float]]:
        texts = [t.replace("\n", " ") for t in texts]
        resp = self._client.embeddings.create(model=self.model, input=texts, **self._extra())
        return [d.embedding for d in sorted(resp.data, key=lambda d: d.index)]

    async def _aembed(self, texts: List[str]) -> List[List[float]]:
        texts = [t.replace("\n", " ") for t in texts]
        resp = await self._aclient.embeddings.create(model=self.model, input=texts, **self._extra())
        return [d.embedding for d in sorted(resp.data, key=lambda d: d.index)]

    def _get_query_embedding(self, query: str) -> List[float]:
        return self._embed([query])[0]

    def _get_text_embedding(self, text: str) -> List[float]:
        return self._embed([text])[0]

    def _get_text_embeddings(self, texts: List[str]) -> List[List[float]]:
        return self._embed(texts)

    async def _aget_query_embedding(self, query: str) -> List[float]:
        return (await self._aembed([query]))[0]

    async def _aget_text_embedding(self, text: str) -> List[float]:
        return (await self._aembed([text]))[0]

    async def _aget_text_embeddings(self, texts: List[str]) -> List[List[float]]:
        return await self._aembed(texts)
