"""Pydantic schemas for structured outputs and the predictor's JSON sidecar."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, field_validator

Style = Literal["literal", "descriptive", "poetic", "alt_text"]


class PlanSchema(BaseModel):
    focus: list[str] = Field(default_factory=list, max_length=6)
    style: Style = "descriptive"
    needs_ocr: bool = False
    needs_upscale: bool = False
    max_words: int = Field(default=60, ge=5, le=200)

    @field_validator("focus")
    @classmethod
    def _strip(cls, v: list[str]) -> list[str]:
        return [s.strip() for s in v if s and s.strip()]


class JudgeSchema(BaseModel):
    score: float = Field(ge=0.0, le=1.0)
    issues: list[str] = Field(default_factory=list)


class CaptionSidecar(BaseModel):
    caption: str
    draft: str
    style: Style
    title: str | None = None
    judge_score: float | None = None
    ocr_text: str | None = None
    exemplars_used: int = 0
    metrics: dict[str, float] = Field(default_factory=dict)

    def to_output(self) -> dict:
        return self.model_dump(exclude_none=True)


class UsageRecord(BaseModel):
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float = 0.0

    @classmethod
    def create(cls, **kwargs) -> "UsageRecord":
        """Mirror of the platform's ORM ``.create()`` so log shipping code is shared."""
        return cls(**kwargs)
