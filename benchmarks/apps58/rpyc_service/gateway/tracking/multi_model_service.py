"""Tracked entry point for model calls.

New code should go through ``multi_model_service.generate_response`` rather
than touching a backend directly; it picks the backend by task type and
complexity and records usage.
"""
from __future__ import annotations

import asyncio
import enum
import logging

from gateway.tracking.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_ROUTING = {
    ("chat", TaskComplexity.SIMPLE): ("openai", "gpt-4o-mini"),
    ("chat", TaskComplexity.STANDARD): ("anthropic", "claude-3-5-sonnet-20241022"),
    ("summary", TaskComplexity.SIMPLE): ("google", "gemini-2.0-flash"),
    ("summary", TaskComplexity.STANDARD): ("anthropic", "claude-3-5-sonnet-20241022"),
    ("classify", TaskComplexity.SIMPLE): ("anthropic", "claude-3-5-haiku-20241022"),
    ("field_mapping", TaskComplexity.AGENTIC): ("anthropic", "claude-3-5-sonnet-20241022"),
}


class MultiModelService:
    def __init__(self) -> None:
        self._registry = None

    def bind(self, registry) -> None:
        self._registry = registry

    def route(self, task_type: str, complexity: TaskComplexity) -> tuple[str, str]:
        return _ROUTING.get((task_type, complexity), ("openai", "gpt-4o-mini"))

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        max_tokens: int | None = None,
        caller: str | None = None,
    ) -> str:
        if self._registry is None:
            raise RuntimeError("multi_model_service is not bound to a registry")
        backend_name, model = self.route(task_type, complexity)
        backend = self._registry.get(backend_name)
        async with llm_tracker.track_llm_call(
            provider=backend_name, model=model, feature_context=task_type, caller=caller
        ) as usage_log:
            result = await asyncio.to_thread(
                backend.complete,
                [{"role": "user", "content": prompt}],
                model=model,
                system=system,
                max_tokens=max_tokens,
            )
            usage_log.input_tokens = result.input_tokens
            usage_log.output_tokens = result.output_tokens
        return result.text


multi_model_service = MultiModelService()
