"""Tracked entry point for model calls. New features should use this."""
from __future__ import annotations

import enum

from research_assistant.providers.factory import get_async_openai
from research_assistant.services.llm_usage_tracker import llm_tracker


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_MODEL_BY_COMPLEXITY = {
    TaskComplexity.SIMPLE: "gpt-4o-mini",
    TaskComplexity.STANDARD: "gpt-4o",
    TaskComplexity.AGENTIC: "gpt-4o",
}


class MultiModelService:
    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
    ) -> str:
        model = _MODEL_BY_COMPLEXITY[complexity]
        messages = [{"role": "system", "content": system}] if system else []
        messages.append({"role": "user", "content": prompt})
        async with llm_tracker.track_llm_call(
            provider="openai", model=model, feature_context=task_type
        ) as usage_log:
            resp = await get_async_openai().chat.completions.create(model=model, messages=messages)
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return resp.choices[0].message.content or ""


multi_model_service = MultiModelService()
