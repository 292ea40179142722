from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import uuid
from typing import Any


class DocumentStatus(str, enum.Enum):
    UPLOADED = "uploaded"
    PROCESSING = "processing"
    READY = "ready"
    FAILED = "failed"
    QUARANTINED = "quarantined"


@dataclasses.dataclass
class Document:
    id: uuid.UUID
    tenant_id: str
    title: str
    body: str
    mime_type: str = "text/plain"
    status: DocumentStatus = DocumentStatus.UPLOADED
    labels: list[str] = dataclasses.field(default_factory=list)
    created_at: dt.datetime = dataclasses.field(default_factory=lambda: dt.datetime.now(dt.UTC))

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> "Document":
        return cls(
            id=row["id"],
            tenant_id=row["tenant_id"],
            title=row["title"],
            body=row["body"],
            mime_type=row.get("mime_type", "text/plain"),
            status=DocumentStatus(row["status"]),
            labels=list(row.get("labels") or []),
            created_at=row["created_at"],
        )


@dataclasses.dataclass
class Summary:
    document_id: uuid.UUID
    text: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0

    @classmethod
    def create(cls, document_id: uuid.UUID, text: str, model: str, usage: Any | None = None) -> "Summary":
        inp = getattr(usage, "input_tokens", None) or getattr(usage, "prompt_tokens", 0) or 0
        out = getattr(usage, "output_tokens", None) or getattr(usage, "completion_tokens", 0) or 0
        return cls(document_id=document_id, text=text.strip(), model=model, input_tokens=inp, output_tokens=out)


@dataclasses.dataclass
class Extraction:
    document_id: uuid.UUID
    fields: dict[str, Any]
    model: str
    confidence: float | None = None


@dataclasses.dataclass
class Chunk:
    document_id: uuid.UUID
    index: int
    text: str
    embedding: list[float] | None = None
