"""The tracked path for new code: one entry point, routed by task type.

Every request goes through litellm inside ``llm_tracker.track_llm_call`` so
cost lands in the finops dashboard under the right feature.
"""
from __future__ import annotations

import enum
import logging
from dataclasses import dataclass
from typing import Optional

import litellm

from lib.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_ROUTES = {
    TaskComplexity.SIMPLE: ("groq", "groq/llama-3.1-8b-instant"),
    TaskComplexity.STANDARD: ("openai", "gpt-4o-mini"),
    TaskComplexity.AGENTIC: ("anthropic", "anthropic/claude-sonnet-4-20250514"),
}


@dataclass
class ModelResponse:
    text: str
    model: str
    input_tokens: int
    output_tokens: int


class MultiModelService:
    def __init__(self, routes=None) -> None:
        self._routes = dict(routes or _ROUTES)

    def route_for(self, complexity: TaskComplexity) -> tuple[str, str]:
        return self._routes[complexity]

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: Optional[str] = None,
        max_tokens: int = 1024,
        temperature: float = 0.2,
    ) -> ModelResponse:
        provider, model = self.route_for(complexity)
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})

        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            response = await litellm.acompletion(
                model=model,
                messages=messages,
                max_tokens=max_tokens,
                temperature=temperature,
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens

        return ModelResponse(
            text=response.choices[0].message.content or "",
            model=model,
            input_tokens=usage_log.input_tokens,
            output_tokens=usage_log.output_tokens,
        )


multi_model_service = MultiModelService()
