"""Faust records flowing through the topics."""
from __future__ import annotations

from datetime import datetime
from typing import List, Optional

import faust


class Ticket(faust.Record, serializer="json"):
    id: str
    account_id: str
    subject: str
    body: str
    channel: str = "email"
    language: Optional[str] = None
    created_at: Optional[datetime] = None
    tags: List[str] = []

    @classmethod
    def create(cls, **fields) -> "Ticket":
        """Build a ticket from a raw helpdesk payload (used by webhook view + tests)."""
        fields.setdefault("tags", [])
        return cls(**fields)

    @property
    def text(self) -> str:
        return f"{self.subject}\n\n{self.body}"


class TriageResult(faust.Record, serializer="json"):
    ticket_id: str
    category: str
    priority: str
    confidence: float = 0.0
    model: str = ""


class ModerationVerdict(faust.Record, serializer="json"):
    ticket_id: str
    flagged: bool
    categories: List[str] = []
    source: str = "openai"


class TicketSummary(faust.Record, serializer="json"):
    ticket_id: str
    summary: str
    model: str


class ReplyDraft(faust.Record, serializer="json"):
    ticket_id: str
    draft: str
    citations: List[str] = []
    tracked: bool = False


class EmbeddingEvent(faust.Record, serializer="json"):
    ticket_id: str
    vector: List[float]
    model: str
    provider: str


class TranslationEvent(faust.Record, serializer="json"):
    ticket_id: str
    source_language: str
    text: str


class SentimentScore(faust.Record, serializer="json"):
    ticket_id: str
    sentiment: float
    churn_risk: bool = False


class SlaBreach(faust.Record, serializer="json"):
    ticket_id: str
    account_id: str
    priority: str
    minutes_overdue: int

    def severity(self) -> str:
        if self.priority == "p1" or self.minutes_overdue > 240:
            return "high"
        return "medium" if self.minutes_overdue > 60 else "low"
