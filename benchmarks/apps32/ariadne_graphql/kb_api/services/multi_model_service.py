"""Single entry point for text generation with routing and usage tracking."""
from __future__ import annotations

import logging
from enum import Enum
from typing import Any

import litellm

from kb_api.services.llm_usage_tracker import llm_tracker
from kb_api.settings import get_settings

log = logging.getLogger(__name__)


class TaskComplexity(str, Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_ROUTES: dict[TaskComplexity, str] = {
    TaskComplexity.SIMPLE: "groq/llama-3.1-8b-instant",
    TaskComplexity.STANDARD: "gpt-4o-mini",
    TaskComplexity.AGENTIC: "anthropic/claude-3-5-sonnet-latest",
}


class MultiModelService:
    def pick_model(self, complexity: TaskComplexity) -> str:
        return _ROUTES.get(complexity) or get_settings().litellm_default_model

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        max_tokens: int = 800,
        **extra: Any,
    ) -> str:
        model = self.pick_model(complexity)
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
        provider = model.split("/", 1)[0] if "/" in model else "openai"
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            response = await litellm.acompletion(
                model=model, messages=messages, max_tokens=max_tokens, **extra
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content or ""


multi_model_service = MultiModelService()
