"""The supported entry point for model calls: routing plus usage tracking."""

from __future__ import annotations

import enum
import logging
from typing import Any

import litellm

from lexsearch.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_ROUTES: dict[TaskComplexity, str] = {
    TaskComplexity.SIMPLE: "groq/llama-3.3-70b-versatile",
    TaskComplexity.STANDARD: "anthropic/claude-sonnet-4-5",
    TaskComplexity.AGENTIC: "anthropic/claude-opus-4-1",
}


class MultiModelService:
    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        tenant_id: str | None = None,
        max_tokens: int = 1024,
        **kwargs: Any,
    ) -> str:
        model = _ROUTES[complexity]
        messages = [{"role": "user", "content": prompt}]
        if system:
            messages.insert(0, {"role": "system", "content": system})
        async with llm_tracker.track_llm_call(
            feature=task_type, tenant_id=tenant_id, provider=model.split("/")[0], model=model
        ) as usage_log:
            response = await litellm.acompletion(
                model=model, messages=messages, max_tokens=max_tokens, **kwargs
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content or ""


multi_model_service = MultiModelService()
