from __future__ import annotations

from enum import Enum
from typing import List, Literal, Optional

from pydantic import BaseModel, Field


class Role(str, Enum):
    user = "user"
    assistant = "assistant"
    system = "system"


class ChatMessage(BaseModel):
    role: Role
    content: str


class ChatRequest(BaseModel):
    messages: List[ChatMessage]
    model: Optional[str] = None
    temperature: float = Field(0.3, ge=0, le=2)
    stream: bool = False


class ChatResponse(BaseModel):
    reply: str
    model: str
    prompt_tokens: int = 0
    completion_tokens: int = 0


class IntentResult(BaseModel):
    intent: Literal["billing", "bug", "how_to", "account", "feedback", "other"]
    confidence: float
    needs_human: bool


class SummaryRequest(BaseModel):
    text: str
    style: Literal["bullets", "paragraph", "tldr"] = "bullets"
    max_words: int = 150


class SummaryResponse(BaseModel):
    summary: str
    input_tokens: int = 0
    output_tokens: int = 0


class TicketIn(BaseModel):
    customer_id: str
    subject: str
    body: str


class TicketOut(BaseModel):
    id: str
    category: Optional[str] = None
    priority: Optional[str] = None
    language: Optional[str] = None
    summary: Optional[str] = None


class TriageResult(BaseModel):
    category: str
    priority: Literal["low", "normal", "high", "urgent"]
    language: str = "en"


class SearchRequest(BaseModel):
    query: str
    top_k: int = Field(5, ge=1, le=50)
    rerank: bool = True


class SearchHit(BaseModel):
    article_id: int
    title: str
    score: float


class ImageRequest(BaseModel):
    prompt: str
    size: Literal["1024x1024", "1536x1024", "1024x1536"] = "1024x1024"
    provider: Literal["openai", "google"] = "openai"


class SpeechRequest(BaseModel):
    text: str
    voice: str = "alloy"


class DraftRequest(BaseModel):
    ticket_id: str
    tone: Literal["friendly", "formal", "apologetic"] = "friendly"
    language: Optional[str] = None


class TranslateRequest(BaseModel):
    text: str
    target_language: str
