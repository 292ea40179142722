"""/v1 endpoints kept alive for the browser extension (synchronous, no events).

These predate the Inngest pipeline. New features go to app/api/*.
"""
from __future__ import annotations

import logging
import os

from anthropic import AsyncAnthropic
from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

from legacy import v1_helpers
from legacy.together_http import together_chat
from services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)
router = APIRouter(prefix="/v1", tags=["legacy"])

_claude = AsyncAnthropic(api_key=os.environ.get("ANTHROPIC_API_KEY"))


class V1Text(BaseModel):
    text: str
    language: str | None = None
    engine: str = "openai"


@router.post("/summarize")
def v1_summarize(body: V1Text) -> dict:
    if body.engine == "together":
        return {"summary": together_chat(f"Summarize:\n{body.text}")}
    return {"summary": v1_helpers.summarize(body.text)}


@router.post("/translate")
def v1_translate(body: V1Text) -> dict:
    if not body.language:
        raise HTTPException(400, "language is required")
    return {"translation": v1_helpers.gemini_translate(body.text, body.language)}


@router.post("/explain")
async def v1_explain(body: V1Text) -> dict:
    msg = await _claude.with_options(timeout=30.0).messages.create(
        model="claude-3-haiku-20240307",
        max_tokens=500,
        messages=[{"role": "user", "content": f"Explain simply:\n{body.text}"}],
    )
    return {"explanation": msg.content[0].text}


@router.post("/explain-tracked")
async def v1_explain_tracked(body: V1Text) -> dict:
    """Same as /explain but through the usage tracker (migration in progress)."""
    async with llm_tracker.track_llm_call(
        provider="anthropic", model="claude-3-haiku-20240307", feature_context="v1_explain"
    ) as usage_log:
        msg = await _claude.messages.create(
            model="claude-3-haiku-20240307",
            max_tokens=500,
            messages=[{"role": "user", "content": f"Explain simply:\n{body.text}"}],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    return {"explanation": msg.content[0].text}


@router.get("/engines")
def v1_engines() -> dict:
    return {"engines": ["openai", "together"], "gemini_models": v1_helpers.gemini_models()}


class _Batch(BaseModel):
    items: list[str]


@router.post("/summarize/batch")
def v1_summarize_batch(body: _Batch) -> dict:
    out = []
    for i, text in enumerate(body.items):
        try:
            out.append(v1_helpers.summarize(text, max_words=60))
        except Exception as exc:  # noqa: BLE001
            logger.warning("batch item %d failed: %s", i, exc)
            out.append("")
    return {"summaries": out}
