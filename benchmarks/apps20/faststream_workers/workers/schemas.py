from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field


class RawRecord(BaseModel):
    record_id: str
    source: str
    table: str
    payload: dict[str, Any]
    received_at: datetime = Field(default_factory=datetime.utcnow)


class ClassifiedRecord(RawRecord):
    category: str
    confidence: float = 0.0
    model: str | None = None


class EmbeddingJob(BaseModel):
    doc_id: str
    texts: list[str]
    namespace: str = "default"
    provider: Literal["voyage", "openai", "bedrock"] = "voyage"


class EmbeddingResult(BaseModel):
    doc_id: str
    namespace: str
    vectors: list[list[float]]
    model: str


class SummaryRequest(BaseModel):
    batch_id: str
    rows: list[dict[str, Any]]
    audience: str = "analysts"


class SummaryResult(BaseModel):
    batch_id: str
    summary: str
    input_tokens: int = 0
    output_tokens: int = 0


class ModerationEvent(BaseModel):
    event_id: str
    text: str
    user_id: str | None = None


class SchemaMappingJob(BaseModel):
    job_id: str
    source_columns: list[str]
    target_columns: list[str]
    sample_rows: list[dict[str, Any]] = Field(default_factory=list)


class DeadLetter(BaseModel):
    original_topic: str
    body: dict[str, Any]
    error: str
    attempts: int = 0
