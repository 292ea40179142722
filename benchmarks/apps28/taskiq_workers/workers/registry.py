"""Provider registry for embeddings and reranking.

Lets ops switch the search stack per course without a deploy (``courses.search_provider``).
Instances wrap the clients that live on ``broker.state``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol, Sequence

from taskiq import TaskiqState


class Embedder(Protocol):
    model: str

    async def embed_documents(self, texts: Sequence[str]) -> list[list[float]]: ...

    async def embed_query(self, text: str) -> list[float]: ...


class Reranker(Protocol):
    model: str

    async def rerank(self, query: str, documents: Sequence[str], top_n: int) -> list[tuple[int, float]]: ...


@dataclass
class VoyageEmbedder:
    client: Any  # voyageai.AsyncClient
    model: str = "voyage-3"

    async def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        result = await self.client.embed(list(texts), model=self.model, input_type="document")
        return result.embeddings

    async def embed_query(self, text: str) -> list[float]:
        result = await self.client.embed([text], model=self.model, input_type="query")
        return result.embeddings[0]


@dataclass
class CohereEmbedder:
    client: Any  # cohere.AsyncClientV2
    model: str = "embed-english-v3.0"

    async def _embed(self, texts: Sequence[str], input_type: str) -> list[list[float]]:
        resp = await self.client.embed(
            texts=list(texts),
            model=self.model,
            input_type=input_type,
            embedding_types=["float"],
        )
        return [list(v) for v in resp.embeddings.float_]

    async def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        return await self._embed(texts, "search_document")

    async def embed_query(self, text: str) -> list[float]:
        return (await self._embed([text], "search_query"))[0]


@dataclass
class CohereReranker:
    client: Any
    model: str = "rerank-v3.5"

    async def rerank(self, query: str, documents: Sequence[str], top_n: int) -> list[tuple[int, float]]:
        resp = await self.client.rerank(model=self.model, query=query, documents=list(documents), top_n=top_n)
        return [(r.index, r.relevance_score) for r in resp.results]


@dataclass
class VoyageReranker:
    client: Any
    model: str = "rerank-2"

    async def rerank(self, query: str, documents: Sequence[str], top_n: int) -> list[tuple[int, float]]:
        resp = await self.client.rerank(query, list(documents), model=self.model, top_k=top_n)
        return [(r.index, r.relevance_score) for r in resp.results]


EMBEDDERS = {
    "voyage": lambda state: VoyageEmbedder(state.voyage),
    "cohere": lambda state: CohereEmbedder(state.cohere),
}

RERANKERS = {
    "cohere": lambda state: CohereReranker(state.cohere),
    "voyage": lambda state: VoyageReranker(state.voyage),
}


def embedder_for(state: TaskiqState, provider: str = "voyage") -> Embedder:
    return EMBEDDERS[provider](state)


def reranker_for(state: TaskiqState, provider: str = "cohere") -> Reranker:
    return RERANKERS[provider](state)
