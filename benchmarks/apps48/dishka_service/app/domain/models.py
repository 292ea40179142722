from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from uuid import UUID, uuid4

from pydantic import BaseModel, Field


def _now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class Document:
    title: str
    text: str
    source: str = "upload"
    id: UUID = field(default_factory=uuid4)
    created_at: datetime = field(default_factory=_now)
    summary: str | None = None
    topics: list[str] = field(default_factory=list)


@dataclass
class Chunk:
    document_id: UUID
    ordinal: int
    text: str
    embedding: list[float] | None = None
    id: UUID = field(default_factory=uuid4)


@dataclass
class ScoredChunk:
    chunk: Chunk
    score: float


class AskRequest(BaseModel):
    question: str = Field(min_length=3, max_length=4000)
    document_ids: list[UUID] | None = None
    top_k: int = 6


class Citation(BaseModel):
    document_id: UUID
    chunk_id: UUID
    score: float


class AskResponse(BaseModel):
    answer: str
    citations: list[Citation]
    model: str


class SummaryRequest(BaseModel):
    document_id: UUID
    style: str = "bullets"
    max_words: int = 200


class SummaryResponse(BaseModel):
    document_id: UUID
    summary: str
    backend: str


class EmbedRequest(BaseModel):
    texts: list[str]
    input_type: str | None = "document"


class EmbedResponse(BaseModel):
    vectors: list[list[float]]
    model: str
    dims: int
