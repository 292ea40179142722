from __future__ import annotations

from datetime import datetime
from typing import List, Literal, Optional

from pydantic import BaseModel, Field


class Citation(BaseModel):
    url: str
    title: Optional[str] = None


class SearchAnswer(BaseModel):
    answer: str
    citations: List[Citation] = Field(default_factory=list)
    model: str


class DocHit(BaseModel):
    doc_id: str
    chunk_id: int
    title: str
    text: str
    score: float = 0.0

    def with_score(self, score: float) -> "DocHit":
        return self.model_copy(update={"score": score})


class DocAnswer(BaseModel):
    answer: str
    sources: List[DocHit]


class EmbeddingResult(BaseModel):
    provider: str
    model: str
    dimensions: int
    vectors: List[List[float]]


class SqlDraft(BaseModel):
    sql: str
    explanation: str
    tables_used: List[str]
    is_read_only: bool


class TimelineEntry(BaseModel):
    at: datetime
    actor: str
    summary: str


class TicketTriage(BaseModel):
    team: str
    priority: Literal["P0", "P1", "P2", "P3"]
    labels: List[str] = Field(default_factory=list)
    rationale: str
    ticket_id: Optional[int] = None


class SecurityFinding(BaseModel):
    severity: Literal["low", "medium", "high", "critical"]
    line: Optional[int] = None
    issue: str
    suggestion: str
