"""Ports: the interfaces the application layer talks to.

Adapters implement these. Nothing in `docqa.application` may import a vendor SDK.
"""
from __future__ import annotations

import abc
from dataclasses import dataclass
from typing import Any, AsyncIterator, Dict, List, Optional, Sequence, Type, TypeVar

from pydantic import BaseModel

from docqa.domain import Chunk, ChatTurn, Document, IngestionJob, ScoredChunk

T = TypeVar("T", bound=BaseModel)


@dataclass
class Completion:
    """Result of a chat model call, vendor neutral."""

    text: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0
    finish_reason: Optional[str] = None


class ChatModel(abc.ABC):
    provider: str

    @abc.abstractmethod
    async def complete(
        self,
        system: str,
        turns: Sequence[ChatTurn],
        *,
        max_tokens: int = 1024,
        temperature: float = 0.2,
    ) -> Completion:
        ...

    @abc.abstractmethod
    def stream(
        self,
        system: str,
        turns: Sequence[ChatTurn],
        *,
        max_tokens: int = 1024,
        temperature: float = 0.2,
    ) -> AsyncIterator[str]:
        ...

    @abc.abstractmethod
    async def extract(self, system: str, text: str, schema: Type[T]) -> T:
        ...


class Embedder(abc.ABC):
    model: str
    dimension: int

    @abc.abstractmethod
    async def embed_documents(self, texts: List[str]) -> List[List[float]]:
        ...

    @abc.abstractmethod
    async def embed_query(self, text: str) -> List[float]:
        ...


class Reranker(abc.ABC):
    @abc.abstractmethod
    async def rerank(self, query: str, candidates: List[ScoredChunk], top_n: int) -> List[ScoredChunk]:
        ...


class VectorIndex(abc.ABC):
    @abc.abstractmethod
    async def ensure_collection(self) -> None:
        ...

    @abc.abstractmethod
    async def upsert(self, chunks: List[Chunk], vectors: List[List[float]]) -> None:
        ...

    @abc.abstractmethod
    async def search(
        self, tenant_id: str, vector: List[float], limit: int, document_ids: Optional[List[str]] = None
    ) -> List[ScoredChunk]:
        ...

    @abc.abstractmethod
    async def delete_document(self, tenant_id: str, document_id: str) -> None:
        ...


class DocumentRepository(abc.ABC):
    @abc.abstractmethod
    async def add(self, document: Document) -> None:
        ...

    @abc.abstractmethod
    async def get(self, tenant_id: str, document_id: str) -> Document:
        ...

    @abc.abstractmethod
    async def update(self, document: Document) -> None:
        ...

    @abc.abstractmethod
    async def search_titles(self, tenant_id: str, prefix: str, limit: int) -> List[Document]:
        ...


class JobRepository(abc.ABC):
    @abc.abstractmethod
    async def create(self, document_id: str, tenant_id: str) -> IngestionJob:
        ...

    @abc.abstractmethod
    async def mark(self, job_id: str, status: str, error: Optional[str] = None) -> None:
        ...


class BlobStore(abc.ABC):
    @abc.abstractmethod
    async def put(self, key: str, data: bytes, content_type: str) -> None:
        ...

    @abc.abstractmethod
    async def get(self, key: str) -> bytes:
        ...


class JobQueue(abc.ABC):
    @abc.abstractmethod
    async def submit(self, job: IngestionJob) -> None:
        ...

    @abc.abstractmethod
    async def next(self, timeout_s: int = 5) -> Optional[Dict[str, Any]]:
        ...


class TextExtractor(abc.ABC):
    @abc.abstractmethod
    def extract(self, data: bytes, content_type: str) -> List[str]:
        """Return the text of each page (or a single element for flat formats)."""
