"""Pydantic models used as dlt column hints and for validating LLM output."""
from __future__ import annotations

from datetime import date, datetime
from typing import Literal, Optional

from pydantic import BaseModel, Field


class TicketLabel(BaseModel):
    ticket_id: int
    label: Literal["billing", "bug", "feature_request", "account_access", "how_to", "outage", "other"]
    confidence: float = Field(ge=0, le=1)
    reason: str = ""
    model: str
    labelled_at: datetime = Field(default_factory=datetime.utcnow)

    @classmethod
    def create(cls, ticket_id: int, raw: dict, model: str) -> "TicketLabel":
        label = raw.get("label") if raw.get("label") in cls.model_fields["label"].annotation.__args__ else "other"
        return cls(
            ticket_id=ticket_id,
            label=label,
            confidence=min(max(float(raw.get("confidence", 0)), 0.0), 1.0),
            reason=str(raw.get("reason", "")),
            model=model,
        )


class ContractFields(BaseModel):
    document_key: str
    counterparty: Optional[str] = None
    effective_date: Optional[date] = None
    renewal_date: Optional[date] = None
    annual_value_usd: Optional[float] = None
    auto_renews: Optional[bool] = None
    governing_law: Optional[str] = None
    extractor: str = "anthropic"


class ChunkEmbedding(BaseModel):
    chunk_id: str
    article_id: str
    model: str
    embedding: list[float]


class FeedbackSentiment(BaseModel):
    response_id: str
    sentiment: Literal["positive", "neutral", "negative"]
    score: int
