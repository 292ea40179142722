"""Tracked entry point for hosted LLM calls.

New code should go through ``multi_model_service.generate_response``; it
routes via :class:`LLMRouter` and records token usage with ``llm_tracker``.
"""
from __future__ import annotations

import asyncio
import enum
import logging

from src.llm.router import Completion, LLMRouter
from src.llm.tracking import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


_TASK_TO_ROUTE = {
    "chat": "rewrite",
    "caption_plan": "plan",
    "caption_rewrite": "rewrite",
    "caption_judge": "judge",
    "field_mapping": "plan",
}


class MultiModelService:
    def __init__(self, router: LLMRouter | None = None) -> None:
        self._router = router

    @property
    def router(self) -> LLMRouter:
        if self._router is None:
            self._router = LLMRouter()
        return self._router

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        *,
        system: str = "You are a helpful assistant.",
        model: str | None = None,
        max_tokens: int = 512,
    ) -> str:
        route = _TASK_TO_ROUTE.get(task_type, "rewrite")
        primary = self.router.routes.get(route, ["openai"])[0]
        async with llm_tracker.track_llm_call(
            provider=primary, model=model or "auto", feature_context=f"{task_type}:{complexity.value}"
        ) as usage_log:
            result: Completion = await asyncio.to_thread(
                self.router.complete, route, system, prompt, model=model, max_tokens=max_tokens
            )
            usage_log.input_tokens = result.input_tokens
            usage_log.output_tokens = result.output_tokens
        return result.text

    def generate_response_sync(self, prompt: str, task_type: str = "chat", **kwargs) -> str:
        """Cog's predict() is sync; this bridges without clobbering a running loop."""
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return asyncio.run(self.generate_response(prompt, task_type, **kwargs))
        raise RuntimeError("generate_response_sync called from inside an event loop")


multi_model_service = MultiModelService()
