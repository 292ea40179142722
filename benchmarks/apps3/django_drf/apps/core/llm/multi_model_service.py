"""Single entry point for metered model calls.

Picks a model for the task, calls it through LiteLLM and records usage
against the tenant via :mod:`llm_usage_tracker`.
"""
from __future__ import annotations

import enum
import logging
from dataclasses import dataclass

import litellm
from django.conf import settings

from .llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_MODEL_BY_COMPLEXITY = {
    TaskComplexity.SIMPLE: "openai/gpt-4.1-mini",
    TaskComplexity.STANDARD: "openai/gpt-4.1",
    TaskComplexity.AGENTIC: "anthropic/claude-sonnet-4-5",
}


@dataclass
class ModelResponse:
    text: str
    model: str
    input_tokens: int
    output_tokens: int


class MultiModelService:
    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        *,
        system: str | None = None,
        feature: str | None = None,
        tenant_id: str | None = None,
        max_tokens: int = 1024,
    ) -> ModelResponse:
        model = _MODEL_BY_COMPLEXITY[complexity]
        messages = [{"role": "user", "content": prompt}]
        if system:
            messages.insert(0, {"role": "system", "content": system})

        async with llm_tracker.track_llm_call(
            feature=feature or task_type,
            tenant_id=tenant_id,
            provider=model.split("/", 1)[0],
            model=model,
        ) as usage_log:
            response = await litellm.acompletion(
                model=model,
                messages=messages,
                max_tokens=max_tokens,
                timeout=settings.LLM_REQUEST_TIMEOUT,
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens

        return ModelResponse(
            text=response.choices[0].message.content or "",
            model=model,
            input_tokens=response.usage.prompt_tokens,
            output_tokens=response.usage.completion_tokens,
        )


multi_model_service = MultiModelService()
