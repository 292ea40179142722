"""Tracked LLM access for the dashboard.

This is a thin client for the platform team's LLM gateway. The gateway picks
the concrete model from ``task_type`` + ``complexity`` and writes usage rows to
the FinOps tables, so anything going through ``generate_response`` is costed
automatically. Prefer this over calling provider SDKs directly.
"""
from __future__ import annotations

import enum
import logging
import uuid
from dataclasses import dataclass, field
from typing import Any

import httpx

from config import get_settings

log = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    MODERATE = "moderate"
    AGENTIC = "agentic"


@dataclass
class GatewayResponse:
    text: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0
    request_id: str = ""
    raw: dict[str, Any] = field(default_factory=dict)


class MultiModelService:
    def __init__(self, base_url: str, timeout: float = 90.0) -> None:
        self._base_url = base_url.rstrip("/")
        self._timeout = timeout
        self._client: httpx.AsyncClient | None = None

    def _http(self) -> httpx.AsyncClient:
        if self._client is None or self._client.is_closed:
            self._client = httpx.AsyncClient(base_url=self._base_url, timeout=self._timeout)
        return self._client

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        feature_context: str | None = None,
        max_tokens: int = 800,
        response_format: str = "text",
    ) -> GatewayResponse:
        payload = {
            "prompt": prompt,
            "task_type": task_type,
            "complexity": complexity.value,
            "system": system,
            "feature_context": feature_context or "retail_dashboard",
            "max_tokens": max_tokens,
            "response_format": response_format,
            "request_id": str(uuid.uuid4()),
        }
        resp = await self._http().post("/internal/generate", json=payload)
        resp.raise_for_status()
        body = resp.json()
        return GatewayResponse(
            text=body.get("text", ""),
            model=body.get("model", "unknown"),
            input_tokens=body.get("usage", {}).get("input_tokens", 0),
            output_tokens=body.get("usage", {}).get("output_tokens", 0),
            request_id=payload["request_id"],
            raw=body,
        )

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()


multi_model_service = MultiModelService(get_settings().llm_gateway_url)
