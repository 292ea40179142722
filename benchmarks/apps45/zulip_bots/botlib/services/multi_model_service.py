"""The tracked way to call a model.

``multi_model_service.generate_response`` picks a model for the task, calls it
and records token usage through ``llm_tracker``.  New bot code should use this.
"""
from __future__ import annotations

import enum
from typing import Optional

from botlib.clients import get_async_openai_client
from botlib.services.llm_usage_tracker import llm_tracker


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


_MODEL_FOR = {
    TaskComplexity.SIMPLE: "gpt-4o-mini",
    TaskComplexity.AGENTIC: "gpt-4o",
}


class MultiModelService:
    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: Optional[str] = None,
        max_tokens: int = 800,
    ) -> str:
        model = _MODEL_FOR[complexity]
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
        async with llm_tracker.track_llm_call(
            provider="openai", model=model, feature_context=task_type
        ) as usage_log:
            resp = await get_async_openai_client().chat.completions.create(
                model=model, messages=messages, max_tokens=max_tokens
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return resp.choices[0].message.content or ""


multi_model_service = MultiModelService()
