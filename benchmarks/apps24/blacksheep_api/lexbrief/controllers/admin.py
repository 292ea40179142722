"""Internal admin endpoints (behind the ops SSO policy)."""
from __future__ import annotations

import time

from anthropic import AsyncAnthropic
from blacksheep import Response
from blacksheep.server.authorization import auth
from blacksheep.server.controllers import Controller, get, post
from openai import AsyncOpenAI

from lexbrief.clients import FireworksClient, ProviderRegistry, get_gemini
from lexbrief.clients.fireworks import LLAMA_70B
from lexbrief.services.llm_usage_tracker import LLMUsageTracker
from lexbrief.services.llm_usage_tracker import PRICES, estimate_cost_usd


class JobProgress:
    def __init__(self, total: int) -> None:
        self.total = max(total, 1)
        self.done = 0

    def completion(self) -> float:
        return round(100 * self.done / self.total, 1)


class AdminController(Controller):
    def __init__(
        self,
        openai_client: AsyncOpenAI,
        anthropic_client: AsyncAnthropic,
        fireworks: FireworksClient,
        registry: ProviderRegistry,
        tracker: LLMUsageTracker,
    ) -> None:
        self.openai_client = openai_client
        self.anthropic_client = anthropic_client
        self.fireworks = fireworks
        self.registry = registry
        self.tracker = tracker

    @classmethod
    def route(cls) -> str:
        return "/admin"

    @auth("ops")
    @get("/models")
    async def models(self) -> Response:
        openai_models = [m.id async for m in self.openai_client.models.list()]
        anthropic_page = await self.anthropic_client.models.list(limit=50)
        gemini_models = [m.name async for m in await get_gemini().aio.models.list()]
        return self.json(
            {
                "openai": sorted(openai_models),
                "anthropic": [m.id for m in anthropic_page.data],
                "gemini": gemini_models,
            }
        )

    @auth("ops")
    @get("/pricing")
    async def pricing(self) -> Response:
        sample = {model: estimate_cost_usd(model, 1_000_000, 100_000) for model in PRICES}
        return self.json({"per_1m_in_100k_out": sample})

    @auth("ops")
    @post("/providers/fireworks/ping")
    async def ping_fireworks(self) -> Response:
        started = time.perf_counter()
        resp = await self.fireworks.chat.completions.create(
            model=LLAMA_70B,
            messages=[{"role": "user", "content": "ping"}],
            max_tokens=1,
        )
        return self.json({"ok": bool(resp.choices), "latency_ms": round((time.perf_counter() - started) * 1000)})

    @auth("ops")
    @post("/usage/flush")
    async def flush_usage(self) -> Response:
        flushed = await self.tracker.flush()
        return self.json({"flushed": flushed})

    @auth("ops")
    @get("/backfill/progress")
    async def backfill_progress(self) -> Response:
        progress = JobProgress(total=1200)
        progress.done = 347
        return self.json({"percent": progress.completion()})
