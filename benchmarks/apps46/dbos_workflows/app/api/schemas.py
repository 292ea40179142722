from __future__ import annotations

from pydantic import BaseModel, Field


class IngestResponse(BaseModel):
    doc_id: str
    workflow_id: str


class StatusResponse(BaseModel):
    workflow_id: str
    status: str
    stage: str | None = None
    result: dict | None = None


class ReviewRequest(BaseModel):
    reviewer: str = "auto"


class AskRequest(BaseModel):
    question: str = Field(min_length=3, max_length=2000)
    doc_id: str | None = None
    top_k: int = Field(default=6, ge=1, le=20)
    stream: bool = False


class AskResponse(BaseModel):
    answer: str
    passages: list[str]
