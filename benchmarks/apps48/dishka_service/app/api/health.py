from __future__ import annotations

import asyncio

from anthropic import AsyncAnthropic
from dishka.integrations.fastapi import FromDishka, inject
from fastapi import APIRouter
from mistralai import Mistral
from openai import AsyncOpenAI

router = APIRouter(tags=["health"])


@router.get("/healthz")
async def healthz() -> dict:
    return {"status": "ok"}


@router.get("/readyz")
@inject
async def readyz(
    openai_client: FromDishka[AsyncOpenAI],
    anthropic_client: FromDishka[AsyncAnthropic],
    mistral: FromDishka[Mistral],
) -> dict:
    """Cheap vendor reachability probe: listing models is free."""
    results: dict[str, str] = {}

    async def probe(name, coro):
        try:
            await asyncio.wait_for(coro, timeout=5)
            results[name] = "ok"
        except Exception as exc:  # noqa: BLE001
            results[name] = f"error: {type(exc).__name__}"

    await asyncio.gather(
        probe("openai", openai_client.models.list()),
        probe("anthropic", anthropic_client.models.list(limit=1)),
        probe("mistral", mistral.models.list_async()),
    )
    return {"status": "ok" if all(v == "ok" for v in results.values()) else "degraded", "vendors": results}
