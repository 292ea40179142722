"""The tracked entry point for LLM calls.

    response = await multi_model_service.generate_response(
        prompt="...", task_type="chat", complexity=TaskComplexity.SIMPLE
    )

Routes by complexity through litellm and records usage via ``llm_tracker``.
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass
from typing import Any

import litellm

from marketcrew.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    MODERATE = "moderate"
    AGENTIC = "agentic"


@dataclass(frozen=True)
class Route:
    provider: str
    model: str
    max_tokens: int


ROUTES: dict[TaskComplexity, Route] = {
    TaskComplexity.SIMPLE: Route("cerebras", "cerebras/llama-3.3-70b", 800),
    TaskComplexity.MODERATE: Route("openai", "openai/gpt-4o-mini", 1500),
    TaskComplexity.AGENTIC: Route("anthropic", "anthropic/claude-sonnet-4-20250514", 4000),
}


class MultiModelService:
    def __init__(self, routes: dict[TaskComplexity, Route] | None = None) -> None:
        self.routes = routes or ROUTES

    def route_for(self, complexity: TaskComplexity) -> Route:
        return self.routes[complexity]

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        max_tokens: int | None = None,
        response_format: dict[str, Any] | None = None,
        temperature: float = 0.4,
    ) -> str:
        route = self.route_for(complexity)
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})

        extra: dict[str, Any] = {}
        if response_format:
            extra["response_format"] = response_format

        async with llm_tracker.track_llm_call(
            provider=route.provider,
            model=route.model,
            feature_context=task_type,
        ) as usage_log:
            response = await litellm.acompletion(
                model=route.model,
                messages=messages,
                max_tokens=max_tokens or route.max_tokens,
                temperature=temperature,
                **extra,
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens

        return response.choices[0].message.content or ""


multi_model_service = MultiModelService()
