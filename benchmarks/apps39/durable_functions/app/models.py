"""Pydantic schemas shared by the HTTP layer and the event payloads."""
from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field


class DocumentIn(BaseModel):
    title: str
    body: str
    language: str = "en"
    tags: list[str] = Field(default_factory=list)


class DocumentOut(BaseModel):
    id: str
    title: str
    status: Literal["queued", "processing", "ready", "failed"] = "queued"
    created_at: datetime


class TranslateRequest(BaseModel):
    document_id: str
    target_language: str


class ChatTurn(BaseModel):
    role: Literal["user", "assistant", "system"]
    content: str


class ChatRequest(BaseModel):
    conversation_id: str | None = None
    messages: list[ChatTurn]
    provider: str = "openai"


class SearchRequest(BaseModel):
    query: str
    top_k: int = 5


class CommentIn(BaseModel):
    document_id: str
    author: str
    text: str


class ImageRequest(BaseModel):
    prompt: str
    size: Literal["1024x1024", "1792x1024", "1024x1792"] = "1024x1024"
