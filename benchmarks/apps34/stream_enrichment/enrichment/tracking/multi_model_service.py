"""Tracked entry point for generation. New code should call generate_response()."""
from __future__ import annotations

import enum

from enrichment.clients import get_async_openai
from enrichment.settings import get_settings
from enrichment.tracking.llm_usage_tracker import llm_tracker


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


_MODEL_BY_COMPLEXITY = {
    TaskComplexity.SIMPLE: "gpt-4o-mini",
    TaskComplexity.AGENTIC: "gpt-4o",
}


class MultiModelService:
    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        max_tokens: int = 512,
    ) -> str:
        model = _MODEL_BY_COMPLEXITY.get(complexity, get_settings().classify_model)
        messages = [{"role": "user", "content": prompt}]
        if system:
            messages.insert(0, {"role": "system", "content": system})
        async with llm_tracker.track_llm_call(provider="openai", model=model, feature_context=task_type) as usage_log:
            resp = await get_async_openai().chat.completions.create(
                model=model, messages=messages, max_tokens=max_tokens
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return resp.choices[0].message.content or ""


multi_model_service = MultiModelService()
