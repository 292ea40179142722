from __future__ import annotations

import asyncio
import logging
import time

import httpx
from fastapi import APIRouter, Depends
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from gateway.config import get_settings
from gateway.db import get_session
from gateway.providers import available, get_provider

router = APIRouter(prefix="/admin", tags=["admin"])
log = logging.getLogger(__name__)

CANARY_MODEL = "llama-3.1-8b-instant"


@router.get("/providers")
async def providers() -> dict:
    out = {}
    for name in available():
        try:
            out[name] = await asyncio.to_thread(get_provider(name).list_models)
        except Exception as exc:
            out[name] = {"error": type(exc).__name__}
    return out


@router.get("/canary")
async def canary() -> dict:
    """One-token request against Groq; the on-call dashboard graphs this latency."""
    groq_provider = get_provider("groq")
    started = time.perf_counter()
    resp = await asyncio.to_thread(
        groq_provider.client.chat.completions.create,
        model=CANARY_MODEL,
        messages=[{"role": "user", "content": "ping"}],
        max_tokens=1,
    )
    return {
        "model": resp.model,
        "latency_ms": int((time.perf_counter() - started) * 1000),
    }


@router.get("/usage")
async def usage(days: int = 7, session: AsyncSession = Depends(get_session)) -> dict:
    rows = await session.execute(
        text(
            "SELECT team, provider, model, sum(input_tokens) AS inp, sum(output_tokens) AS out, "
            "sum(cost_usd) AS cost FROM llm_usage_logs "
            "WHERE created_at > now() - make_interval(days => :days) "
            "GROUP BY team, provider, model ORDER BY cost DESC"
        ),
        {"days": days},
    )
    return {"rows": [dict(r._mapping) for r in rows]}


@router.post("/notify")
async def notify(message: str) -> dict:
    url = get_settings().slack_webhook_url
    if not url:
        return {"sent": False}
    async with httpx.AsyncClient(timeout=5.0) as http:
        r = await http.post(url, json={"text": f":robot_face: ai-gateway: {message}"})
    return {"sent": r.status_code == 200}
