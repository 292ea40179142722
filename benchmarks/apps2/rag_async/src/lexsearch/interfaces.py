"""Interfaces implemented by the provider adapters."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import AsyncIterator, Protocol, Sequence, runtime_checkable


@dataclass(frozen=True)
class ChatMessage:
    role: str
    content: str


@dataclass(frozen=True)
class Completion:
    text: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0


@dataclass(frozen=True)
class RankedDocument:
    index: int
    score: float
    text: str


@dataclass
class Passage:
    doc_id: str
    chunk_id: str
    text: str
    citation: str = ""
    score: float = 0.0
    metadata: dict[str, str] = field(default_factory=dict)


@runtime_checkable
class Embedder(Protocol):
    async def embed_documents(self, texts: Sequence[str]) -> list[list[float]]: ...

    async def embed_query(self, text: str) -> list[float]: ...


@runtime_checkable
class Reranker(Protocol):
    async def rerank(
        self, query: str, documents: Sequence[str], top_n: int = 8
    ) -> list[RankedDocument]: ...


@runtime_checkable
class ChatModel(Protocol):
    async def complete(
        self, system: str, messages: Sequence[ChatMessage], max_tokens: int = 1024
    ) -> Completion: ...

    def stream(
        self, system: str, messages: Sequence[ChatMessage], max_tokens: int = 1024
    ) -> AsyncIterator[str]: ...


class VectorIndex(Protocol):
    async def search(
        self, vector: Sequence[float], tenant_id: str, k: int = 40
    ) -> list[Passage]: ...

    async def upsert(
        self, tenant_id: str, passages: Sequence[Passage], vectors: Sequence[Sequence[float]]
    ) -> None: ...
