"""Tracked entry point for LLM requests (vendored from the platform repo)."""
from __future__ import annotations

import enum

import litellm

from app.services.llm_usage_tracker import llm_tracker


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


_MODEL_BY_COMPLEXITY = {
    TaskComplexity.SIMPLE: "gpt-4o-mini",
    TaskComplexity.AGENTIC: "anthropic/claude-3-5-sonnet-latest",
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
        messages = [{"role": "user", "content": prompt}]
        if system:
            messages.insert(0, {"role": "system", "content": system})
        async with llm_tracker.track_llm_call(
            provider=model.split("/")[0] if "/" in model else "openai",
            model=model,
            feature_context=task_type,
        ) as usage_log:
            response = await litellm.acompletion(model=model, messages=messages)
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content


multi_model_service = MultiModelService()
