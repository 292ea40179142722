"""Superuser-only tools (internal admin console)."""
import logging
import time
import uuid
from datetime import datetime, timedelta
from typing import Any

import boto3
from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field
from sqlmodel import func, select

from app.api.deps import ArqDep, SessionDep, get_current_active_superuser
from app.core.config import settings
from app.models import LLMUsageLog
from app.services.ai_clients import get_anthropic_bedrock

logger = logging.getLogger(__name__)

router = APIRouter(
    prefix="/admin",
    tags=["admin"],
    dependencies=[Depends(get_current_active_superuser)],
)


class PlaygroundIn(BaseModel):
    prompt: str = Field(min_length=1, max_length=20_000)
    system: str | None = None
    model_id: str = settings.BEDROCK_HAIKU_MODEL_ID
    max_tokens: int = Field(default=512, le=4096)


@router.get("/bedrock/models")
def list_bedrock_models() -> Any:
    control_plane = boto3.client("bedrock", region_name=settings.BEDROCK_REGION)
    summaries = control_plane.list_foundation_models(byProvider="Anthropic")["modelSummaries"]
    return [
        {"id": m["modelId"], "name": m["modelName"], "streaming": m.get("responseStreamingSupported")}
        for m in summaries
    ]


@router.post("/playground")
async def prompt_playground(body: PlaygroundIn) -> Any:
    """Lets the AI team try prompts against production model access."""
    client = get_anthropic_bedrock()
    started = time.perf_counter()
    kwargs: dict[str, Any] = {}
    if body.system:
        kwargs["system"] = body.system
    message = await client.messages.create(
        model=body.model_id,
        max_tokens=body.max_tokens,
        messages=[{"role": "user", "content": body.prompt}],
        **kwargs,
    )
    return {
        "text": "".join(b.text for b in message.content if b.type == "text"),
        "usage": message.usage.model_dump(),
        "latency_ms": int((time.perf_counter() - started) * 1000),
    }


@router.post("/tenants/{tenant_id}/reindex", status_code=202)
async def reindex_tenant(tenant_id: uuid.UUID, arq: ArqDep) -> Any:
    job = await arq.enqueue_job("reindex_tenant", str(tenant_id), _queue_name="arq:low")
    return {"job_id": job.job_id if job else None}


@router.get("/llm-costs")
def llm_costs(session: SessionDep, days: int = 30) -> Any:
    since = datetime.utcnow() - timedelta(days=days)
    rows = session.exec(
        select(
            LLMUsageLog.feature_context,
            LLMUsageLog.model,
            func.sum(LLMUsageLog.input_tokens),
            func.sum(LLMUsageLog.output_tokens),
            func.count(),
        )
        .where(LLMUsageLog.created_at >= since)
        .group_by(LLMUsageLog.feature_context, LLMUsageLog.model)
    ).all()
    return [
        {"feature": f, "model": m, "input_tokens": i, "output_tokens": o, "calls": n}
        for f, m, i, o, n in rows
    ]
