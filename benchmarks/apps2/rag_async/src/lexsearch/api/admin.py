"""Operational endpoints: health and provider warm-up."""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Annotated, Any

from fastapi import APIRouter, Depends

from lexsearch.container import Container, get_container

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/admin", tags=["admin"])

PING = [{"role": "user", "content": "ping"}]


@router.get("/health")
async def health(c: Annotated[Container, Depends(get_container)]) -> dict[str, Any]:
    status: dict[str, Any] = {"environment": c.settings.environment}
    try:
        models = await c.openai.models.list()
        status["openai"] = "ok" if models.data else "empty"
    except Exception as exc:
        status["openai"] = f"error: {type(exc).__name__}"
    try:
        local = await c.ollama.list()
        status["ollama_models"] = [m.model for m in local.models]
    except Exception as exc:
        status["ollama_models"] = f"error: {type(exc).__name__}"
    return status


@router.post("/warmup")
async def warmup(c: Annotated[Container, Depends(get_container)]) -> dict[str, Any]:
    """Open connection pools to the latency-sensitive providers after a deploy."""
    started = time.perf_counter()
    results = await asyncio.gather(
        c.groq.chat.completions.create(
            model=c.settings.models.fast_model, messages=PING, max_tokens=1
        ),
        c.anthropic.messages.create(
            model=c.settings.models.answer_model, max_tokens=1, messages=PING
        ),
        return_exceptions=True,
    )
    errors = [repr(r) for r in results if isinstance(r, BaseException)]
    for error in errors:
        logger.warning("warm-up failed: %s", error)
    return {"elapsed_ms": round((time.perf_counter() - started) * 1000), "errors": errors}
