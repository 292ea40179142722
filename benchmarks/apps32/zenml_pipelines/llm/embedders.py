"""Embedding backends for the RAG index pipeline."""

from __future__ import annotations

from typing import List, Protocol, Sequence

from llm.clients import get_mistral_client, get_openai_client, get_voyage_client


class Embedder(Protocol):
    name: str

    def embed_documents(self, texts: Sequence[str]) -> List[List[float]]: ...

    def embed_query(self, text: str) -> List[float]: ...


class VoyageEmbedder:
    name = "voyage"

    def __init__(self, model: str = "voyage-3", client=None):
        self.model = model
        self.client = client or get_voyage_client()
        self.total_tokens = 0

    def embed_documents(self, texts: Sequence[str]) -> List[List[float]]:
        result = self.client.embed(list(texts), model=self.model, input_type="document")
        self.total_tokens += result.total_tokens
        return result.embeddings

    def embed_query(self, text: str) -> List[float]:
        return self.client.embed([text], model=self.model, input_type="query").embeddings[0]


class OpenAIEmbedder:
    name = "openai"

    def __init__(self, model: str = "text-embedding-3-small", dimensions: int | None = None):
        self.model = model
        self.dimensions = dimensions
        self._client = get_openai_client()

    def embed_documents(self, texts: Sequence[str]) -> List[List[float]]:
        kwargs = {"dimensions": self.dimensions} if self.dimensions else {}
        resp = self._client.embeddings.create(model=self.model, input=list(texts), **kwargs)
        return [d.embedding for d in resp.data]

    def embed_query(self, text: str) -> List[float]:
        return self.embed_documents([text])[0]


class MistralEmbedder:
    name = "mistral"

    def __init__(self, model: str = "mistral-embed"):
        self.model = model

    def embed_documents(self, texts: Sequence[str]) -> List[List[float]]:
        resp = get_mistral_client().embeddings.create(model=self.model, inputs=list(texts))
        return [item.embedding for item in resp.data]

    def embed_query(self, text: str) -> List[float]:
        return self.embed_documents([text])[0]


def make_embedder(provider: str, model: str) -> Embedder:
    if provider == "voyage":
        return VoyageEmbedder(model=model)
    if provider == "openai":
        return OpenAIEmbedder(model=model)
    if provider == "mistral":
        return MistralEmbedder(model=model)
    raise ValueError(f"unsupported embedding provider: {provider}")
