"""Tracked entry point for model calls.

New code should call `multi_model_service.generate_response(...)`; it picks a model
from the task complexity and records usage through `llm_tracker`.
"""
from __future__ import annotations

import enum
import logging
from typing import Optional

import litellm

from config import get_config
from services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_MODEL_BY_COMPLEXITY = {
    TaskComplexity.SIMPLE: "gemini/gemini-2.0-flash",
    TaskComplexity.STANDARD: "gpt-4o-mini",
    TaskComplexity.AGENTIC: "anthropic/claude-3-5-sonnet-latest",
}


class MultiModelService:
    def __init__(self) -> None:
        self._overrides: dict[str, str] = {}

    def override_model(self, task_type: str, model: str) -> None:
        self._overrides[task_type] = model

    def _pick_model(self, task_type: str, complexity: TaskComplexity) -> str:
        return self._overrides.get(task_type) or _MODEL_BY_COMPLEXITY[complexity]

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: Optional[str] = None,
        history: Optional[list[dict]] = None,
        max_tokens: int = 800,
    ) -> str:
        model = self._pick_model(task_type, complexity)
        messages: list[dict] = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.extend(history or [])
        messages.append({"role": "user", "content": prompt})

        provider = model.split("/", 1)[0] if "/" in model else "openai"
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=f"mmbot.{task_type}"
        ) as usage_log:
            response = await litellm.acompletion(model=model, messages=messages, max_tokens=max_tokens)
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content or ""


multi_model_service = MultiModelService()

__all__ = ["multi_model_service", "MultiModelService", "TaskComplexity", "get_config"]
