"""Small JSON API used by the Slack bot and the CMS plugin."""
from __future__ import annotations

from fastapi import HTTPException
from nicegui import app
from pydantic import BaseModel

from studio.config import settings
from studio.services.container import services
from studio.services.multi_model_service import TaskComplexity, multi_model_service
from studio.utils import normalise


class ScoreResponse(BaseModel):
    score: int
    reason: str


@app.get("/api/health")
async def health() -> dict:
    return {"ok": services.ready}


@app.get("/api/tagline")
async def api_tagline(product: str, tone: str = "playful") -> dict:
    if services.groq is None:
        raise HTTPException(503, "groq not configured")
    completion = await services.groq.chat.completions.create(
        model=settings.headline_model,
        messages=[{"role": "user", "content": f"One {tone} tagline for {normalise(product)}. No quotes."}],
        max_tokens=30,
        temperature=1.0,
    )
    return {"tagline": (completion.choices[0].message.content or "").strip()}


@app.get("/api/score")
async def api_score(text: str) -> ScoreResponse:
    raw = await multi_model_service.generate_response(
        prompt=f"Score this marketing copy 1-10 for clarity. Reply as '<score>|<reason>'.\n\n{text}",
        task_type="scoring",
        complexity=TaskComplexity.SIMPLE,
    )
    score, _, reason = raw.partition("|")
    try:
        return ScoreResponse(score=int(score.strip()), reason=reason.strip())
    except ValueError:
        return ScoreResponse(score=0, reason=raw.strip())
