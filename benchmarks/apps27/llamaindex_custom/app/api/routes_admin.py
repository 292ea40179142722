"""Admin endpoints: model inventory, cost view, uploads for the batch evaluator."""
from __future__ import annotations

import tempfile
from pathlib import Path

from anthropic import AsyncAnthropic
from fastapi import APIRouter, Depends, File, UploadFile
from openai import AsyncOpenAI

from app.api.deps import AdminOnly, get_anthropic, get_openai
from app.config import get_config
from app.services import model_registry
from app.services.cost import estimate_cost_usd
from app.services.llm_usage_tracker import llm_tracker

router = APIRouter(tags=["admin"], dependencies=[AdminOnly])


@router.get("/models")
async def models() -> dict:
    return {
        "presets": [{"name": p.name, "description": p.description} for p in model_registry.presets()],
        "vendor_models": model_registry.list_vendor_models(),
    }


@router.get("/usage")
async def usage() -> dict:
    logs = llm_tracker.drain()
    return {
        "totals": llm_tracker.totals(),
        "recent_cost_usd": round(sum(log.cost_usd for log in logs), 4),
        "recent": len(logs),
    }


@router.post("/estimate")
async def estimate(prompt: str, anthropic_client: AsyncAnthropic = Depends(get_anthropic)) -> dict:
    cfg = get_config()
    counted = await anthropic_client.messages.count_tokens(
        model=cfg.anthropic_model,
        messages=[{"role": "user", "content": prompt}],
    )
    return {
        "input_tokens": counted.input_tokens,
        "max_cost_usd": estimate_cost_usd(cfg.anthropic_model, counted.input_tokens, cfg.max_output_tokens),
    }


@router.post("/eval-batch/upload")
async def upload_eval_batch(file: UploadFile = File(...), client: AsyncOpenAI = Depends(get_openai)) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / (file.filename or "batch.jsonl")
        path.write_bytes(await file.read())
        uploaded = await client.files.create(file=path.open("rb"), purpose="batch")
    return {"file_id": uploaded.id, "bytes": uploaded.bytes}
