"""Client for the platform's multi-model gateway.

The gateway picks a model by task type / complexity, and records usage
itself, so calls made through here are tracked automatically.
"""
from __future__ import annotations

import enum
import os
from typing import Any

import httpx

GATEWAY_URL = os.environ.get("LLM_GATEWAY_URL", "http://llm-gateway.internal:9000")


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    MODERATE = "moderate"
    AGENTIC = "agentic"


class MultiModelService:
    def __init__(self, base_url: str = GATEWAY_URL, team: str = "traffic-intel") -> None:
        self._client = httpx.AsyncClient(base_url=base_url, timeout=90.0,
                                         headers={"x-team": team})

    async def generate_response(self, prompt: str, *, task_type: str = "chat",
                                complexity: TaskComplexity = TaskComplexity.SIMPLE,
                                system: str | None = None, **extra: Any) -> str:
        payload = {"prompt": prompt, "task_type": task_type,
                   "complexity": complexity.value, "system": system, **extra}
        resp = await self._client.post("/generate", json=payload)
        resp.raise_for_status()
        return resp.json()["text"]

    async def aclose(self) -> None:
        await self._client.aclose()


multi_model_service = MultiModelService()
