from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Literal

from pydantic import BaseModel, Field

RiskLevel = Literal["low", "medium", "high", "critical"]


class Clause(BaseModel):
    kind: str = Field(description="e.g. indemnification, limitation_of_liability, governing_law")
    text: str
    section: str | None = None
    risk: RiskLevel = "low"
    notes: str | None = None


class ClauseExtraction(BaseModel):
    parties: list[str]
    effective_date: str | None = None
    clauses: list[Clause]


class ReviewRequest(BaseModel):
    matter_id: str
    document_id: str
    playbook: str = "default"
    text: str


class ReviewFinding(BaseModel):
    clause_kind: str
    risk: RiskLevel
    explanation: str
    suggested_redline: str | None = None


class ReviewResult(BaseModel):
    matter_id: str
    document_id: str
    findings: list[ReviewFinding]
    summary: str
    model: str


class SearchRequest(BaseModel):
    query: str
    jurisdiction: str | None = None
    top_k: int = 8


class SearchHit(BaseModel):
    doc_id: str
    title: str
    snippet: str
    score: float


class AskRequest(BaseModel):
    question: str
    matter_id: str | None = None


class RedlineRequest(BaseModel):
    clause_text: str
    position: Literal["buyer", "seller", "neutral"] = "neutral"
    matter_id: str | None = None


@dataclass
class Matter:
    id: str
    name: str
    client_name: str
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    tags: list[str] = field(default_factory=list)

    @classmethod
    def create(cls, id: str, name: str, client_name: str) -> "Matter":
        return cls(id=id, name=name.strip(), client_name=client_name.strip())


@dataclass
class DocumentChunk:
    doc_id: str
    ordinal: int
    text: str
    embedding: list[float] | None = None
