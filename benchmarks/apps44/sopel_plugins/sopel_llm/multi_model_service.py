"""Tracked, provider-agnostic generation used by new plugin code.

Everything goes through litellm so we can route by task type; every call is
recorded through :data:`sopel_llm.tracking.llm_tracker`.
"""
from __future__ import annotations

import enum
import logging
from typing import Optional

import litellm

from .tracking import llm_tracker

LOGGER = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    MODERATE = "moderate"
    AGENTIC = "agentic"


ROUTES = {
    ("chat", TaskComplexity.SIMPLE): "gpt-4o-mini",
    ("chat", TaskComplexity.MODERATE): "claude-3-5-haiku-20241022",
    ("summary", TaskComplexity.SIMPLE): "mistral/mistral-small-latest",
    ("summary", TaskComplexity.MODERATE): "claude-3-5-sonnet-20241022",
    ("digest", TaskComplexity.MODERATE): "claude-3-5-sonnet-20241022",
    ("digest", TaskComplexity.AGENTIC): "gpt-4o",
}


def _provider_of(model: str) -> str:
    if model.startswith("claude"):
        return "anthropic"
    if "/" in model:
        return model.split("/", 1)[0]
    return "openai"


class MultiModelService:
    def __init__(self, default_model: str = "gpt-4o-mini"):
        self.default_model = default_model

    def pick_model(self, task_type: str, complexity: TaskComplexity) -> str:
        return ROUTES.get((task_type, complexity), self.default_model)

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: Optional[str] = None,
        max_tokens: int = 500,
    ) -> str:
        model = self.pick_model(task_type, complexity)
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
        async with llm_tracker.track_llm_call(
            provider=_provider_of(model), model=model, feature_context=task_type
        ) as usage_log:
            response = await litellm.acompletion(model=model, messages=messages, max_tokens=max_tokens)
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content or ""


multi_model_service = MultiModelService()
