"""Cohere embed-v3 with separate input types for queries and documents."""
from __future__ import annotations

from typing import Any, List, Literal

import cohere
from llama_index.core.bridge.pydantic import Field, PrivateAttr
from llama_index.core.embeddings import BaseEmbedding

InputType = Literal["search_query", "search_document", "classification", "clustering"]


class CohereEmbedding(BaseEmbedding):
    model: str = Field(default="embed-english-v3.0")
    truncate: str = Field(default="END")

    _client: cohere.ClientV2 = PrivateAttr()
    _aclient: cohere.AsyncClientV2 = PrivateAttr()

    def __init__(self, api_key: str, **kwargs: Any) -> None:
        super().__init__(embed_batch_size=96, **kwargs)  # cohere caps a request at 96 texts
        self._client = cohere.ClientV2(api_key=api_key)
        self._aclient = cohere.AsyncClientV2(api_key=api_key)

    @classmethod
    def class_name(cls) -> str:
        return "CohereEmbedding"

    def _embed(self, texts: List[str], input_type: InputType) -> List[List[float]]:
        response = self._client.embed(
            texts=texts,
            model=self.model,
            input_type=input_type,
            embedding_types=["float"],
            truncate=self.truncate,
        )
        return [list(v) for v in response.embeddings.float_]

    async def _aembed(self, texts: List[str], input_type: InputType) -> List[List[float]]:
        response = await self._aclient.embed(
            texts=texts,
            model=self.model,
            input_type=input_type,
            embedding_types=["float"],
            truncate=self.truncate,
        )
        return [list(v) for v in response.embeddings.float_]

    def _get_query_embedding(self, query: str) -> List[float]:
        return self._embed([query], "search_query")[0]

    def _get_text_embedding(self, text: str) -> List[float]:
        return self._embed([text], "search_document")[0]

    def _get_text_embeddings(self, texts: List[str]) -> List[List[float]]:
        return self._embed(texts, "search_document")

    async def _aget_query_embedding(self, query: str) -> List[float]:
        return (await self._aembed([query], "search_query"))[0]

    async def _aget_text_embedding(self, text: str) -> List[float]:
        return (await self._aembed([text], "search_document"))[0]
