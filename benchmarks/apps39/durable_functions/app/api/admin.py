"""Operator endpoints: model catalogue, usage, token estimates."""
from __future__ import annotations

from fastapi import APIRouter, Depends, UploadFile

import openai

from app.api import openai_client
from services.costs import count_claude_tokens, count_gemini_tokens, count_openai_tokens, estimate_cost
from services.llm_usage_tracker import llm_tracker

router = APIRouter()


@router.get("/models")
async def list_models(client: openai.AsyncOpenAI = Depends(openai_client)) -> dict:
    page = await client.models.list()
    return {"models": sorted(m.id for m in page.data)}


@router.post("/files")
async def upload_batch_file(
    file: UploadFile, client: openai.AsyncOpenAI = Depends(openai_client)
) -> dict:
    uploaded = await client.files.create(file=(file.filename, await file.read()), purpose="batch")
    return {"file_id": uploaded.id}


@router.get("/usage")
async def usage(limit: int = 50) -> dict:
    rows = llm_tracker.recent(limit)
    total = sum(estimate_cost(r.model, r.input_tokens, r.output_tokens) for r in rows)
    return {
        "total_usd": round(total, 4),
        "calls": [r.__dict__ for r in rows],
    }


@router.post("/tokens")
async def tokens(text: str, provider: str = "openai") -> dict:
    if provider == "anthropic":
        n = count_claude_tokens(text)
    elif provider == "gemini":
        n = count_gemini_tokens(text)
    else:
        n = count_openai_tokens(text)
    return {"provider": provider, "tokens": n}
