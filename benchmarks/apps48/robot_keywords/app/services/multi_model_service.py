"""Tracked multi-provider entry point (vendored from the backend repo)."""
from __future__ import annotations

import enum
import os
from typing import Any, Optional

import litellm

from app.services.llm_usage_tracker import llm_tracker


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


_MODELS = {
    TaskComplexity.SIMPLE: os.getenv("MMS_SIMPLE_MODEL", "gpt-4o-mini"),
    TaskComplexity.AGENTIC: os.getenv("MMS_AGENTIC_MODEL", "claude-3-5-sonnet-20241022"),
}


class MultiModelService:
    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system_message: Optional[str] = None,
        **kwargs: Any,
    ) -> str:
        model = _MODELS[complexity]
        messages = []
        if system_message:
            messages.append({"role": "system", "content": system_message})
        messages.append({"role": "user", "content": prompt})
        async with llm_tracker.track_llm_call(
            provider="litellm", model=model, feature_context=task_type
        ) as usage_log:
            response = await litellm.acompletion(model=model, messages=messages, **kwargs)
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content or ""


multi_model_service = MultiModelService()
