from datetime import datetime
from enum import Enum
from typing import List, Optional

from pydantic import BaseModel, Field


class TicketPriority(str, Enum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class TicketCategory(str, Enum):
    BILLING = "billing"
    ACCOUNT = "account"
    BUG = "bug"
    HOW_TO = "how_to"
    FEATURE_REQUEST = "feature_request"
    OTHER = "other"


class Message(BaseModel):
    role: str
    content: str
    created_at: Optional[datetime] = None


class Ticket(BaseModel):
    id: int
    external_id: Optional[str] = None
    subject: str
    body: str
    customer_email: str
    language: str = "en"
    priority: TicketPriority = TicketPriority.NORMAL
    category: Optional[TicketCategory] = None
    status: str = "open"
    messages: List[Message] = Field(default_factory=list)
    created_at: Optional[datetime] = None


class TicketCreate(BaseModel):
    subject: str
    body: str
    customer_email: str
    external_id: Optional[str] = None


class TriageResult(BaseModel):
    category: TicketCategory
    priority: TicketPriority
    confidence: float = 0.0
    reasons: List[str] = Field(default_factory=list)


class ReplyPlan(BaseModel):
    intent: str
    steps: List[str]
    needs_human: bool
    kb_article_ids: List[str] = Field(default_factory=list)


class DraftReply(BaseModel):
    ticket_id: int
    body: str
    model: str
    kb_article_ids: List[str] = Field(default_factory=list)


class KBArticle(BaseModel):
    id: str
    title: str
    body: str
    url: Optional[str] = None
    locale: str = "en"
    score: Optional[float] = None


class SearchRequest(BaseModel):
    query: str
    top_k: int = 5
    locale: str = "en"


class ChatRequest(BaseModel):
    conversation_id: str
    message: str
    ticket_id: Optional[int] = None


class PlaygroundRequest(BaseModel):
    prompt: str
    model: str = "gpt-4o-mini"
    temperature: float = 0.2
    target: str = "gateway"


class Summary(BaseModel):
    ticket_id: int
    text: str
    model: str
