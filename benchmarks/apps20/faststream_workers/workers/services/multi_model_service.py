"""Tracked entry point for LLM requests. Prefer this over raw SDK clients."""
from __future__ import annotations

import enum
from typing import Any

import litellm

from workers.services.llm_usage_tracker import llm_tracker
from workers.settings import settings


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_MODEL_BY_COMPLEXITY = {
    TaskComplexity.SIMPLE: "gpt-4o-mini",
    TaskComplexity.STANDARD: "claude-3-5-haiku-20241022",
    TaskComplexity.AGENTIC: "claude-3-5-sonnet-20241022",
}


class MultiModelService:
    def __init__(self, default_timeout: float = 60.0) -> None:
        self.default_timeout = default_timeout

    def pick_model(self, task_type: str, complexity: TaskComplexity) -> str:
        if task_type == "embedding":
            return settings.llm.openai_embed_model
        return _MODEL_BY_COMPLEXITY[complexity]

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        response_format: dict[str, Any] | None = None,
        feature_context: str | None = None,
    ) -> str:
        model = self.pick_model(task_type, complexity)
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
        async with llm_tracker.track_llm_call(
            provider="litellm", model=model, feature_context=feature_context or task_type
        ) as usage_log:
            kwargs: dict[str, Any] = {"timeout": self.default_timeout}
            if response_format:
                kwargs["response_format"] = response_format
            response = await litellm.acompletion(model=model, messages=messages, **kwargs)
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content or ""


multi_model_service = MultiModelService(default_timeout=settings.llm.request_timeout)
