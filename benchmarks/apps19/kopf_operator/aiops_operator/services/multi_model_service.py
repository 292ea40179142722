"""Tracked entry point for model calls (vendored from platform-commons).

Routes a prompt to a model by task type / complexity via the LiteLLM router and
records usage with ``llm_tracker``.
"""
from __future__ import annotations

import enum
import logging
from typing import Any

from aiops_operator.clients import get_router
from aiops_operator.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


_MODEL_BY_COMPLEXITY = {
    TaskComplexity.SIMPLE: "gpt-4o-mini",
    TaskComplexity.AGENTIC: "claude-haiku",
}


class MultiModelService:
    def __init__(self) -> None:
        self._router = None

    @property
    def router(self):
        if self._router is None:
            self._router = get_router()
        return self._router

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        model: str | None = None,
        **kwargs: Any,
    ) -> str:
        model = model or _MODEL_BY_COMPLEXITY[complexity]
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
        async with llm_tracker.track_llm_call(
            provider="litellm", model=model, feature_context=task_type
        ) as usage_log:
            response = await self.router.acompletion(model=model, messages=messages, **kwargs)
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content or ""


multi_model_service = MultiModelService()
