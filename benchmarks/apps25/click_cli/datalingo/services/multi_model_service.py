"""Routing wrapper: picks a model for the task and records usage.

All new code should call :func:`multi_model_service.generate_response`.
"""
from __future__ import annotations

import enum
import logging
from dataclasses import dataclass

import litellm

from datalingo.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


@dataclass(frozen=True)
class Route:
    model: str
    provider: str
    max_tokens: int


ROUTES: dict[TaskComplexity, Route] = {
    TaskComplexity.SIMPLE: Route("gpt-4o-mini", "openai", 1024),
    TaskComplexity.AGENTIC: Route("anthropic/claude-3-5-sonnet-20241022", "anthropic", 4096),
}


class MultiModelService:
    def __init__(self, routes: dict[TaskComplexity, Route] | None = None):
        self.routes = routes or ROUTES

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        temperature: float = 0.2,
    ) -> str:
        route = self.routes[complexity]
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})

        async with llm_tracker.track_llm_call(
            provider=route.provider, model=route.model, feature_context=task_type
        ) as usage_log:
            response = await litellm.acompletion(
                model=route.model,
                messages=messages,
                max_tokens=route.max_tokens,
                temperature=temperature,
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content or ""


multi_model_service = MultiModelService()
