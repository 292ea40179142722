"""Tracked entry point for model calls.

New code should call ``multi_model_service.generate_response`` instead of
touching SDK clients directly.
"""
from __future__ import annotations

import asyncio
import enum

from quill.engine.router import ProviderRouter, default_router
from quill.tracking.llm_usage_tracker import llm_tracker


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_ROUTES = {
    TaskComplexity.SIMPLE: ("groq", "llama-3.1-8b-instant"),
    TaskComplexity.STANDARD: ("openai", "gpt-4o-mini"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-3-5-sonnet-latest"),
}


class MultiModelService:
    def __init__(self, router: ProviderRouter | None = None):
        self._router = router

    @property
    def router(self) -> ProviderRouter:
        return self._router or default_router()

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.STANDARD,
        system: str | None = None,
        provider: str | None = None,
        model: str | None = None,
    ) -> str:
        route_provider, route_model = _ROUTES[complexity]
        provider = provider or route_provider
        model = model or route_model
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            kwargs = {"provider": provider, "model": model}
            if system:
                kwargs["system"] = system
            result = await asyncio.to_thread(self.router.complete, prompt, **kwargs)
            usage_log.input_tokens = result.input_tokens
            usage_log.output_tokens = result.output_tokens
        return result.text


multi_model_service = MultiModelService()
