"""Extra FastAPI routes mounted into the Reflex backend via ``api_transformer``.

- POST /api/tagline           : used by the Webflow CMS plugin to suggest taglines
- POST /api/webhooks/replicate: Replicate prediction completion webhook
- GET  /api/usage/summary     : spend summary for the finance dashboard
"""
from __future__ import annotations

import hmac
import logging
import os

import reflex as rx
import sqlmodel
from fastapi import FastAPI, Header, HTTPException, Request
from openai import AsyncOpenAI
from pydantic import BaseModel, Field

from studio.backend.models import GeneratedImage, UsageLog
from studio.backend.services.alt_text import alt_text_for
from studio.backend.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)

fastapi_app = FastAPI(title="Content Studio API")

# The CMS plugin has its own OpenAI project key so its spend shows separately.
_cms_client = AsyncOpenAI(api_key=os.getenv("CMS_OPENAI_API_KEY") or os.getenv("OPENAI_API_KEY"))

PLUGIN_TOKEN = os.getenv("CMS_PLUGIN_TOKEN", "")
REPLICATE_WEBHOOK_SECRET = os.getenv("REPLICATE_WEBHOOK_SECRET", "")


class TaglineIn(BaseModel):
    product: str
    audience: str = ""
    count: int = Field(default=5, ge=1, le=10)


class Taglines(BaseModel):
    taglines: list[str]


def _check_token(token: str | None) -> None:
    if not PLUGIN_TOKEN or not token or not hmac.compare_digest(token, PLUGIN_TOKEN):
        raise HTTPException(status_code=401, detail="bad token")


@fastapi_app.post("/api/tagline", response_model=Taglines)
async def tagline(body: TaglineIn, x_plugin_token: str | None = Header(default=None)) -> Taglines:
    _check_token(x_plugin_token)
    completion = await _cms_client.chat.completions.parse(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "You write short product taglines (max 8 words)."},
            {"role": "user", "content": f"{body.count} taglines for {body.product}. Audience: {body.audience}"},
        ],
        response_format=Taglines,
    )
    parsed = completion.choices[0].message.parsed
    return parsed or Taglines(taglines=[])


@fastapi_app.post("/api/tagline/tracked", response_model=Taglines)
async def tagline_tracked(body: TaglineIn, x_plugin_token: str | None = Header(default=None)) -> Taglines:
    """Same as /api/tagline but with usage tracking; the plugin will switch over in v2."""
    _check_token(x_plugin_token)
    async with llm_tracker.track_llm_call(
        provider="openai", model="gpt-4o-mini", feature_context="cms_tagline"
    ) as usage_log:
        completion = await _cms_client.chat.completions.parse(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": f"{body.count} taglines for {body.product}."}],
            response_format=Taglines,
        )
        usage_log.input_tokens = completion.usage.prompt_tokens
        usage_log.output_tokens = completion.usage.completion_tokens
    return completion.choices[0].message.parsed or Taglines(taglines=[])


@fastapi_app.post("/api/webhooks/replicate")
async def replicate_webhook(request: Request, webhook_secret: str | None = None) -> dict:
    if REPLICATE_WEBHOOK_SECRET and webhook_secret != REPLICATE_WEBHOOK_SECRET:
        raise HTTPException(status_code=403)
    payload = await request.json()
    prediction_id = payload.get("id", "")
    status = payload.get("status", "")
    outputs = payload.get("output") or []
    with rx.session() as session:
        rows = session.exec(
            sqlmodel.select(GeneratedImage).where(GeneratedImage.prediction_id == prediction_id)
        ).all()
        for row, url in zip(rows, outputs):
            row.status = status
            row.url = url
            if status == "succeeded" and not row.alt_text:
                row.alt_text = await alt_text_for(_cms_client, url, context=row.prompt)
            session.add(row)
        session.commit()
    logger.info("replicate webhook %s -> %s (%d outputs)", prediction_id, status, len(outputs))
    return {"ok": True}


@fastapi_app.get("/api/usage/summary")
async def usage_summary() -> dict:
    with rx.session() as session:
        total = session.exec(sqlmodel.select(sqlmodel.func.sum(UsageLog.cost_usd))).one()
        calls = session.exec(sqlmodel.select(sqlmodel.func.count()).select_from(UsageLog)).one()
    return {"cost_usd": float(total or 0), "calls": int(calls or 0)}
