from __future__ import annotations

import logging
import uuid
from typing import Any, AsyncIterator

import numpy as np
from fastapi import APIRouter, BackgroundTasks, Depends, HTTPException, Request
from fastapi.responses import StreamingResponse

from marketcrew.api.deps import AnthropicDep, OpenAIDep, VoyageDep, require_api_key
from marketcrew.config import settings
from marketcrew.flows.campaign_flow import CampaignFlow
from marketcrew.models import (
    BriefCritiqueRequest,
    CampaignTriggerRequest,
    CampaignTriggerResponse,
    CopyPreviewRequest,
    SimilarContentRequest,
)
from marketcrew.services.content_store import get_content_store
from marketcrew.services.multi_model_service import TaskComplexity, multi_model_service
from marketcrew.tools.copywriter_tool import CHANNEL_RULES, SYSTEM_PROMPT

logger = logging.getLogger(__name__)

router = APIRouter(dependencies=[Depends(require_api_key)])

CRITIQUE_SYSTEM = {
    "light": "Give two gentle suggestions to improve this marketing brief.",
    "normal": "Critique this marketing brief: missing info, vague goals, conflicting constraints.",
    "harsh": "Tear this brief apart like a demanding CMO. Be specific and blunt.",
}


async def _run_campaign(app_state: Any, campaign_id: str, payload: CampaignTriggerRequest) -> None:
    jobs = app_state.jobs
    jobs[campaign_id] = "running"
    try:
        flow = CampaignFlow()
        await flow.kickoff_async(
            inputs={
                "campaign_id": campaign_id,
                "brief": payload.brief,
                "product": payload.product,
                "audience": payload.audience,
                "channels": payload.channels,
                "locales": payload.locales,
                "budget_usd": payload.budget_usd,
            }
        )
        jobs[campaign_id] = "done"
    except Exception:
        logger.exception("campaign %s failed", campaign_id)
        jobs[campaign_id] = "failed"


@router.post("/campaigns/trigger", response_model=CampaignTriggerResponse, status_code=202)
async def trigger_campaign(payload: CampaignTriggerRequest, background: BackgroundTasks, request: Request):
    campaign_id = uuid.uuid4().hex[:10]
    if payload.dry_run:
        return CampaignTriggerResponse(campaign_id=campaign_id, status="done")
    request.app.state.jobs[campaign_id] = "queued"
    background.add_task(_run_campaign, request.app.state, campaign_id, payload)
    return CampaignTriggerResponse(campaign_id=campaign_id, status="queued")


@router.get("/campaigns/{campaign_id}", response_model=CampaignTriggerResponse)
async def campaign_status(campaign_id: str, request: Request):
    status = request.app.state.jobs.get(campaign_id)
    if status is None:
        raise HTTPException(404, "unknown campaign")
    return CampaignTriggerResponse(campaign_id=campaign_id, status=status)


@router.post("/copy/preview")
async def copy_preview(payload: CopyPreviewRequest, client: OpenAIDep) -> StreamingResponse:
    """Streams a quick draft to the UI while the full crew runs."""
    stream = await client.chat.completions.create(
        model=settings.copy_model,
        messages=[
            {"role": "system", "content": SYSTEM_PROMPT},
            {
                "role": "user",
                "content": f"Product: {payload.product}\nAudience: {payload.audience}\n"
                f"Channel: {payload.channel} ({CHANNEL_RULES[payload.channel]})\nTone: {payload.tone}",
            },
        ],
        stream=True,
        stream_options={"include_usage": True},
    )

    async def body() -> AsyncIterator[str]:
        async for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content
            if chunk.usage:
                logger.info("preview usage: %s", chunk.usage.total_tokens)

    return StreamingResponse(body(), media_type="text/plain")


@router.post("/copy/tracked")
async def copy_tracked(payload: CopyPreviewRequest) -> dict[str, str]:
    text = await multi_model_service.generate_response(
        prompt=f"Write {payload.channel} copy for {payload.product} aimed at {payload.audience}. Tone: {payload.tone}.",
        task_type="copy_preview",
        complexity=TaskComplexity.MODERATE,
        system=SYSTEM_PROMPT,
    )
    return {"copy": text}


@router.post("/brief/critique")
async def critique_brief(payload: BriefCritiqueRequest, request: Request) -> dict[str, Any]:
    message = await request.app.state.anthropic.messages.create(
        model="claude-sonnet-4-20250514",
        max_tokens=900,
        system=CRITIQUE_SYSTEM[payload.strictness],
        messages=[{"role": "user", "content": payload.brief}],
    )
    return {
        "critique": message.content[0].text,
        "usage": {"input": message.usage.input_tokens, "output": message.usage.output_tokens},
    }


@router.post("/content/similar")
async def similar_content(payload: SimilarContentRequest, voyage: VoyageDep) -> list[dict[str, Any]]:
    store = get_content_store()
    if not len(store):
        return []
    emb = await voyage.embed([payload.text], model=settings.embed_model, input_type="query")
    q = np.asarray(emb.embeddings[0], dtype=np.float32)
    q /= np.linalg.norm(q) or 1.0
    scored = []
    for rec in store._records.values():  # noqa: SLF001 - read-only, store has no search-by-vector yet
        if rec.vector is not None:
            scored.append((float(rec.vector @ q), rec))
    scored.sort(key=lambda t: t[0], reverse=True)
    return [{"id": r.id, "channel": r.channel, "score": s, "body": r.body} for s, r in scored[: payload.top_k]]


@router.get("/llm/models")
async def list_models(client: OpenAIDep, anthropic_client: AnthropicDep) -> dict[str, list[str]]:
    oa = await client.models.list()
    an = await anthropic_client.models.list(limit=50)
    return {"openai": sorted(m.id for m in oa.data), "anthropic": [m.id for m in an.data]}


@router.get("/llm/health")
async def llm_health(client: OpenAIDep) -> dict[str, Any]:
    """One-token ping that also reports our remaining OpenAI rate limit."""
    raw = await client.chat.completions.with_raw_response.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "ping"}],
        max_tokens=1,
    )
    return {
        "ok": raw.http_response.status_code == 200,
        "remaining_requests": raw.headers.get("x-ratelimit-remaining-requests"),
        "remaining_tokens": raw.headers.get("x-ratelimit-remaining-tokens"),
    }
