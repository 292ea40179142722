"""Tracked LLM gateway. All new code should call ``multi_model_service.generate_response``.

Routes a task to a model by complexity and records usage through ``llm_tracker``.
"""
from __future__ import annotations

import enum
import logging
from dataclasses import dataclass

import litellm

from ragsvc.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


@dataclass(frozen=True)
class Route:
    provider: str
    model: str
    max_tokens: int


ROUTES: dict[TaskComplexity, Route] = {
    TaskComplexity.SIMPLE: Route("openai", "gpt-4o-mini", 512),
    TaskComplexity.STANDARD: Route("mistral", "mistral/mistral-large-latest", 1024),
    TaskComplexity.AGENTIC: Route("openai", "gpt-4o", 2048),
}


class MultiModelService:
    def __init__(self, routes: dict[TaskComplexity, Route] | None = None) -> None:
        self._routes = dict(routes or ROUTES)

    def route_for(self, complexity: TaskComplexity) -> Route:
        return self._routes[complexity]

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system_prompt: str | None = None,
        temperature: float = 0.2,
        response_format: dict | None = None,
    ) -> str:
        route = self.route_for(complexity)
        messages = []
        if system_prompt:
            messages.append({"role": "system", "content": system_prompt})
        messages.append({"role": "user", "content": prompt})

        async with llm_tracker.track_llm_call(
            provider=route.provider,
            model=route.model,
            feature_context=task_type,
        ) as usage_log:
            response = await litellm.acompletion(
                model=route.model,
                messages=messages,
                max_tokens=route.max_tokens,
                temperature=temperature,
                response_format=response_format,
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content or ""


multi_model_service = MultiModelService()
