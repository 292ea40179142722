from __future__ import annotations

import uuid

from pydantic import BaseModel, Field


class DocumentIn(BaseModel):
    title: str = Field(max_length=300)
    body: str
    mime_type: str = "text/plain"
    classify: bool = True
    embed: bool = True


class DocumentOut(BaseModel):
    id: uuid.UUID
    status: str
    job_ids: list[int] = []


class PreviewOut(BaseModel):
    summary: str
    model: str
    input_tokens: int
    output_tokens: int


class SearchIn(BaseModel):
    query: str = Field(min_length=2, max_length=2000)
    k: int = Field(default=8, ge=1, le=50)
    rerank: bool = True


class SearchHit(BaseModel):
    document_id: uuid.UUID
    chunk: int
    text: str
    score: float | None = None


class AnswerOut(BaseModel):
    answer: str
    sources: list[SearchHit]
