from __future__ import annotations

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool

from llm.costs import available_models, cost_usd, estimate_summary_cost
from llm.watsonx import granite_health
from docproc import prompts
from docproc.settings import get_settings
from tasks.app import app as procrastinate_app

router = APIRouter()


@router.get("/models")
async def models() -> dict[str, list[str]]:
    return await run_in_threadpool(available_models)


@router.get("/health/watsonx")
async def watsonx_health() -> dict[str, bool]:
    return {"ok": await run_in_threadpool(granite_health)}


@router.post("/estimate")
async def estimate(body: str) -> dict[str, str]:
    s = get_settings()
    est = await run_in_threadpool(
        estimate_summary_cost, s.summary_model, prompts.SUMMARY_SYSTEM.format(max_words=200), body
    )
    return {"model": s.summary_model, "usd": str(est)}


@router.get("/cost")
async def cost(model: str, input_tokens: int, output_tokens: int = 0) -> dict[str, str]:
    return {"usd": str(cost_usd(model, input_tokens, output_tokens))}


@router.get("/queues")
async def queues() -> list[dict]:
    manager = procrastinate_app.job_manager
    return [dict(q) for q in await manager.list_queues_async()]
