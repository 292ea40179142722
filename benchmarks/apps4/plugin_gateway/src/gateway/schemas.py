"""Request/response models exposed by the HTTP API."""
from __future__ import annotations

from datetime import datetime
from typing import List, Literal, Optional

from pydantic import BaseModel, Field

Role = Literal["system", "user", "assistant"]


class ChatMessage(BaseModel):
    role: Role
    content: str


class ChatRequest(BaseModel):
    provider: Optional[str] = None
    model: Optional[str] = None
    messages: List[ChatMessage]
    temperature: float = 0.2
    max_tokens: Optional[int] = None
    team: str = Field(default="unknown", description="Cost centre to charge")


class Usage(BaseModel):
    input_tokens: int = 0
    output_tokens: int = 0


class ChatResult(BaseModel):
    provider: str
    model: str
    text: str
    usage: Usage = Field(default_factory=Usage)
    finish_reason: Optional[str] = None


class EmbeddingRequest(BaseModel):
    provider: Optional[str] = None
    model: Optional[str] = None
    inputs: List[str]


class EmbeddingResult(BaseModel):
    provider: str
    model: str
    vectors: List[List[float]]


class BackfillRequest(BaseModel):
    collection: str
    provider: str = "openai"
    since: Optional[datetime] = None


class CompletionRequest(BaseModel):
    """Legacy text-completion payload still sent by the support-macros tool."""

    prompt: str
    max_tokens: int = 256
    stop: Optional[List[str]] = None


class SummaryRequest(BaseModel):
    text: str
    style: Literal["bullets", "paragraph"] = "bullets"
    team: str = "unknown"


class JobStatus(BaseModel):
    job_id: str
    state: Literal["queued", "running", "done", "failed"]
    done: int = 0
    total: int = 0
