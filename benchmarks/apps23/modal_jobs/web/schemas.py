from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class HeadlineRequest(BaseModel):
    asset_id: str
    body: str = Field(min_length=50)
    n: int = Field(default=5, ge=1, le=10)


class HeadlineResponse(BaseModel):
    asset_id: str
    headlines: list[str]


class SummarizeRequest(BaseModel):
    asset_id: str
    kind: Literal["interview", "video", "podcast", "article"] = "article"
    desk: str = "news"


class JobAccepted(BaseModel):
    call_id: str
    status: Literal["queued"] = "queued"


class AskRequest(BaseModel):
    question: str = Field(min_length=3, max_length=2000)
    context: str = ""


class AltTextRequest(BaseModel):
    image_url: str
    caption: str = ""


class StylePrompt(BaseModel):
    text: str
    tone: Literal["neutral", "punchy", "explainer"] = "neutral"
