"""Tracked entry point for model calls.

New code should go through ``multi_model_service.generate_response``; it picks
a model for the task, calls it through litellm and records usage.
"""
from __future__ import annotations

import enum
import logging
from typing import Any

import litellm

from app.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_MODEL_BY_COMPLEXITY = {
    TaskComplexity.SIMPLE: "groq/llama-3.1-8b-instant",
    TaskComplexity.STANDARD: "gpt-4o-mini",
    TaskComplexity.AGENTIC: "anthropic/claude-3-5-sonnet-latest",
}


class MultiModelService:
    def __init__(self, overrides: dict[str, str] | None = None) -> None:
        self._overrides = overrides or {}

    def pick_model(self, task_type: str, complexity: TaskComplexity) -> str:
        return self._overrides.get(task_type) or _MODEL_BY_COMPLEXITY[complexity]

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        history: list[dict[str, str]] | None = None,
        **kwargs: Any,
    ) -> str:
        model = self.pick_model(task_type, complexity)
        messages: list[dict[str, str]] = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.extend(history or [])
        messages.append({"role": "user", "content": prompt})
        provider = model.split("/", 1)[0] if "/" in model else "openai"
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            response = await litellm.acompletion(model=model, messages=messages, **kwargs)
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content or ""


multi_model_service = MultiModelService()
