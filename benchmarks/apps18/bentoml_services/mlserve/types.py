"""Request/response models shared by the services and the jobs."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Literal

from pydantic import BaseModel, Field


class Role(str, Enum):
    SYSTEM = "system"
    USER = "user"
    ASSISTANT = "assistant"


class ChatMessage(BaseModel):
    role: Role
    content: str

    def as_dict(self) -> dict[str, str]:
        return {"role": self.role.value, "content": self.content}


class SummarizeRequest(BaseModel):
    text: str = Field(min_length=1)
    style: Literal["bullets", "paragraph", "tldr"] = "paragraph"
    max_words: int = Field(default=150, ge=10, le=2000)
    tenant_id: str = "default"


class SummarizeResponse(BaseModel):
    summary: str
    model: str
    provider: str
    input_tokens: int = 0
    output_tokens: int = 0


class EmbedRequest(BaseModel):
    texts: list[str]
    input_type: Literal["query", "document"] = "document"
    provider: str | None = None


class EmbedResponse(BaseModel):
    vectors: list[list[float]]
    model: str
    provider: str
    total_tokens: int = 0


class ModerationVerdict(BaseModel):
    flagged: bool
    categories: dict[str, float] = Field(default_factory=dict)
    source: str
    reason: str | None = None


class RerankRequest(BaseModel):
    query: str
    documents: list[str]
    top_n: int | None = None


class RankedDocument(BaseModel):
    index: int
    score: float
    text: str


class RouteRequest(BaseModel):
    task: Literal["summarize", "embed", "answer", "rerank"]
    payload: dict
    tenant_id: str = "default"


@dataclass(slots=True)
class ChatResult:
    text: str
    model: str
    provider: str
    input_tokens: int = 0
    output_tokens: int = 0
    raw: object | None = field(default=None, repr=False)


@dataclass(slots=True)
class EmbeddingResult:
    vectors: list[list[float]]
    model: str
    provider: str
    total_tokens: int = 0
