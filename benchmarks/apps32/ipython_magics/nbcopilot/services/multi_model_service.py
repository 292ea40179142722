"""Tracked entry point for LLM calls.

New code should call ``multi_model_service.generate_response(...)`` rather
than a provider directly: it picks the model from the task complexity and
records usage through ``llm_tracker``.
"""
from __future__ import annotations

import asyncio
import enum
import logging

from ..providers import get_provider
from .llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


_ROUTES = {
    TaskComplexity.SIMPLE: ("openai", "gpt-4o-mini"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-3-5-sonnet-20241022"),
}


class MultiModelService:
    def __init__(self, routes=None):
        self.routes = dict(routes or _ROUTES)

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        provider: str | None = None,
    ) -> str:
        name, model = self.routes[complexity]
        if provider:
            name, model = provider, None
        backend = get_provider(name, model)
        async with llm_tracker.track_llm_call(
            provider=backend.name, model=backend.model, feature_context=task_type
        ) as usage_log:
            result = await asyncio.to_thread(
                backend.complete, [{"role": "user", "content": prompt}], system
            )
            usage_log.input_tokens = result.input_tokens
            usage_log.output_tokens = result.output_tokens
        return result.text


multi_model_service = MultiModelService()
