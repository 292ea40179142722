"""Tracked entry point for LLM generation.

Requests go to the platform LLM gateway, which picks the model for the task,
records token usage and attributes cost to the docs team.
"""
from __future__ import annotations

import asyncio
import enum
import logging
from dataclasses import dataclass

import httpx

from doctools.config import get_settings

log = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    MODERATE = "moderate"
    AGENTIC = "agentic"


@dataclass
class GenerationResult:
    text: str
    model: str
    input_tokens: int
    output_tokens: int


class MultiModelService:
    def __init__(self, base_url: str | None = None, team: str = "devplatform-docs") -> None:
        self.base_url = (base_url or get_settings().gateway_url).rstrip("/")
        self.team = team

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        max_tokens: int = 800,
    ) -> str:
        payload = {
            "prompt": prompt,
            "task_type": task_type,
            "complexity": complexity.value,
            "system": system,
            "max_tokens": max_tokens,
            "team": self.team,
        }
        async with httpx.AsyncClient(timeout=90) as client:
            resp = await client.post(f"{self.base_url}/internal/generate", json=payload)
            resp.raise_for_status()
        data = resp.json()
        log.debug("gateway used %s (%s in / %s out)", data.get("model"), data.get("input_tokens"), data.get("output_tokens"))
        return data["text"]

    def generate_response_sync(self, prompt: str, **kwargs) -> str:
        """Convenience for MkDocs/Sphinx hooks, which are synchronous."""
        return asyncio.run(self.generate_response(prompt, **kwargs))


multi_model_service = MultiModelService()
