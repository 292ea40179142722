"""Database tables (Reflex uses SQLModel under the hood)."""
from __future__ import annotations

import datetime as dt
from typing import Optional

import reflex as rx
import sqlmodel


class Campaign(rx.Model, table=True):
    name: str
    brief: str = ""
    audience: str = ""
    status: str = "draft"
    created_at: dt.datetime = sqlmodel.Field(default_factory=dt.datetime.utcnow)

    @classmethod
    def create(cls, name: str, brief: str = "", audience: str = "") -> "Campaign":
        """Insert a campaign and return it (not an LLM call, just a DB helper)."""
        with rx.session() as session:
            campaign = cls(name=name, brief=brief, audience=audience)
            session.add(campaign)
            session.commit()
            session.refresh(campaign)
            return campaign


class ContentPiece(rx.Model, table=True):
    campaign_id: Optional[int] = sqlmodel.Field(default=None, foreign_key="campaign.id")
    channel: str
    body: str
    model: str = ""
    approved: bool = False
    created_at: dt.datetime = sqlmodel.Field(default_factory=dt.datetime.utcnow)


class GeneratedImage(rx.Model, table=True):
    prompt: str
    url: str = ""
    prediction_id: str = ""
    status: str = "starting"
    alt_text: str = ""
    created_at: dt.datetime = sqlmodel.Field(default_factory=dt.datetime.utcnow)


class UsageLog(rx.Model, table=True):
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float = 0.0
    latency_ms: int = 0
    success: bool = True
    error: str = ""
    created_at: dt.datetime = sqlmodel.Field(default_factory=dt.datetime.utcnow)
