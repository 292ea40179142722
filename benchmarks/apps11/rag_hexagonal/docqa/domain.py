"""Domain model. Plain dataclasses, no framework or vendor imports allowed here."""
from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Dict, List, Optional


def _now() -> datetime:
    return datetime.now(timezone.utc)


def new_id() -> str:
    return uuid.uuid4().hex


class DocumentStatus(str, enum.Enum):
    UPLOADED = "uploaded"
    PROCESSING = "processing"
    INDEXED = "indexed"
    FAILED = "failed"


class DocumentKind(str, enum.Enum):
    PDF = "pdf"
    DOCX = "docx"
    HTML = "html"
    TEXT = "text"
    AUDIO = "audio"


@dataclass
class Document:
    id: str
    tenant_id: str
    title: str
    kind: DocumentKind
    blob_key: str
    status: DocumentStatus = DocumentStatus.UPLOADED
    language: Optional[str] = None
    created_at: datetime = field(default_factory=_now)
    metadata: Dict[str, str] = field(default_factory=dict)


@dataclass
class Chunk:
    id: str
    document_id: str
    tenant_id: str
    ordinal: int
    text: str
    context: Optional[str] = None  # short situating header produced at ingestion
    page: Optional[int] = None

    def embedding_text(self) -> str:
        if self.context:
            return f"{self.context}\n\n{self.text}"
        return self.text


@dataclass
class ScoredChunk:
    chunk: Chunk
    score: float


@dataclass
class Citation:
    document_id: str
    chunk_id: str
    page: Optional[int]
    quote: str


@dataclass
class Answer:
    question: str
    text: str
    citations: List[Citation]
    model: str
    grounded: bool = True
    latency_ms: Optional[int] = None


@dataclass
class ChatTurn:
    role: str  # "user" | "assistant"
    content: str


@dataclass
class IngestionJob:
    id: str
    document_id: str
    tenant_id: str
    attempts: int = 0
    status: str = "queued"
    error: Optional[str] = None


# ---------------------------------------------------------------------------
# errors


class DocQAError(Exception):
    """Base class for errors the API layer knows how to render."""

    status_code = 500


class DocumentNotFound(DocQAError):
    status_code = 404


class UnsupportedDocument(DocQAError):
    status_code = 415


class ProviderUnavailable(DocQAError):
    status_code = 503

    def __init__(self, provider: str, detail: str = "") -> None:
        super().__init__(f"{provider} unavailable: {detail}".rstrip(": "))
        self.provider = provider


class NoRelevantContext(DocQAError):
    status_code = 200
