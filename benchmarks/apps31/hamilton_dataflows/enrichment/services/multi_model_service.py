"""Tracked entry point for new code: ``multi_model_service.generate_response``.

Routes by task type / complexity and records usage through ``llm_tracker``.
"""
from __future__ import annotations

import enum
import logging
from dataclasses import dataclass

import litellm

from enrichment.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    MODERATE = "moderate"
    AGENTIC = "agentic"


@dataclass(frozen=True)
class Route:
    provider: str
    model: str


_ROUTES: dict[TaskComplexity, Route] = {
    TaskComplexity.SIMPLE: Route("openai", "gpt-4o-mini"),
    TaskComplexity.MODERATE: Route("anthropic", "claude-3-5-haiku-20241022"),
    TaskComplexity.AGENTIC: Route("anthropic", "claude-3-5-sonnet-20241022"),
}


class MultiModelService:
    def __init__(self, routes: dict[TaskComplexity, Route] | None = None) -> None:
        self._routes = routes or dict(_ROUTES)

    def route_for(self, complexity: TaskComplexity) -> Route:
        return self._routes[complexity]

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        max_tokens: int = 1024,
        temperature: float = 0.2,
    ) -> str:
        route = self.route_for(complexity)
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
        async with llm_tracker.track_llm_call(
            provider=route.provider, model=route.model, feature_context=task_type
        ) as usage_log:
            response = await litellm.acompletion(
                model=f"{route.provider}/{route.model}",
                messages=messages,
                max_tokens=max_tokens,
                temperature=temperature,
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content or ""


multi_model_service = MultiModelService()
