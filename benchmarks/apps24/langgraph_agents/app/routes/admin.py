"""Operator endpoints: provider health, model catalog, token estimates, spend."""
from __future__ import annotations

import logging
from collections import defaultdict

from fastapi import APIRouter, Request
from pydantic import BaseModel

from app.config import settings
from app.providers import get_bedrock_control, get_cerebras_client, registry, reset_clients
from app.providers.pricing import calculate_cost
from app.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)
router = APIRouter(prefix="/admin", tags=["admin"])


@router.get("/models")
def list_models(request: Request) -> dict:
    catalog: dict[str, list[str]] = {}
    catalog["openai"] = [m.id for m in request.app.state.openai.models.list()]
    catalog["cerebras"] = [m.id for m in get_cerebras_client().models.list().data]
    summaries = get_bedrock_control().list_foundation_models(byOutputModality="TEXT")["modelSummaries"]
    catalog["bedrock"] = [s["modelId"] for s in summaries]
    catalog["mistral"] = [m.id for m in (registry.get("mistral").models.list().data or [])]
    return catalog


class EstimateIn(BaseModel):
    text: str
    model: str = settings.responder_model


@router.post("/estimate")
def estimate_tokens(body: EstimateIn, request: Request) -> dict:
    count = request.app.state.anthropic.messages.count_tokens(
        model=body.model, messages=[{"role": "user", "content": body.text}]
    )
    return {
        "input_tokens": count.input_tokens,
        "est_cost_usd": calculate_cost(body.model, count.input_tokens, 0),
    }


@router.get("/ratelimits")
def openai_ratelimits(request: Request) -> dict:
    """Sends a 1-token request and reports the x-ratelimit-* headers (no headers on models.list)."""
    raw = request.app.state.openai.with_raw_response.chat.completions.create(
        model=settings.triage_model,
        messages=[{"role": "user", "content": "ping"}],
        max_tokens=1,
    )
    headers = {k: v for k, v in raw.headers.items() if k.startswith("x-ratelimit")}
    completion = raw.parse()
    return {"headers": headers, "model": completion.model}


@router.get("/spend")
def spend() -> dict:
    totals: dict[str, float] = defaultdict(float)
    for row in llm_tracker.snapshot():
        totals[f"{row.provider}:{row.model}"] += row.cost_usd
    return {"buffered": dict(totals)}


@router.post("/rotate-keys")
def rotate_keys() -> dict:
    reset_clients()
    registry.clear()
    logger.warning("provider clients reset by operator")
    return {"ok": True}
