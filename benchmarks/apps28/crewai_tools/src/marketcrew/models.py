"""Shared pydantic schemas (task outputs, API payloads)."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

Channel = Literal["email", "linkedin", "x", "instagram", "search_ads", "blog"]


class AudienceSegment(BaseModel):
    name: str
    description: str
    pains: list[str] = Field(default_factory=list)
    size_estimate: int | None = None


class ChannelPlan(BaseModel):
    channel: Channel
    objective: str
    cadence: str
    budget_share: float = Field(ge=0, le=1)


class CampaignPlan(BaseModel):
    campaign_name: str
    positioning: str
    segments: list[AudienceSegment]
    channels: list[ChannelPlan]
    key_messages: list[str]
    start_date: date | None = None
    kpis: list[str] = Field(default_factory=list)


class CopyVariant(BaseModel):
    channel: Channel
    headline: str
    body: str
    cta: str
    rationale: str = ""


class CopyVariants(BaseModel):
    variants: list[CopyVariant]


class ResearchBrief(BaseModel):
    topic: str
    keywords: list[str]
    competitor_angles: list[str]
    sources: list[str] = Field(default_factory=list)


class AnalyticsReport(BaseModel):
    period: str
    highlights: list[str]
    underperformers: list[str]
    recommendations: list[str]


class CampaignTriggerRequest(BaseModel):
    brief: str = Field(min_length=20)
    product: str
    audience: str
    channels: list[Channel] = Field(default_factory=lambda: ["email", "linkedin"])
    locales: list[str] = Field(default_factory=lambda: ["en-US"])
    budget_usd: float = 5000.0
    dry_run: bool = False


class CampaignTriggerResponse(BaseModel):
    campaign_id: str
    status: Literal["queued", "running", "done", "failed"]


class CopyPreviewRequest(BaseModel):
    product: str
    audience: str
    channel: Channel = "email"
    tone: str = "confident, warm"


class BriefCritiqueRequest(BaseModel):
    brief: str
    strictness: Literal["light", "normal", "harsh"] = "normal"


class SimilarContentRequest(BaseModel):
    text: str
    top_k: int = 5
