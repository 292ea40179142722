"""Tracked entry point for model calls: routes by task complexity, records usage."""
from __future__ import annotations

import enum
import logging

import litellm

from docflow.config import settings

from .llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_MODEL_FOR = {
    TaskComplexity.SIMPLE: settings.fast_model,
    TaskComplexity.STANDARD: settings.default_chat_model,
    TaskComplexity.AGENTIC: f"anthropic/{settings.claude_model}",
}


class MultiModelService:
    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        *,
        system: str | None = None,
        tenant_id: int | None = None,
        max_tokens: int = 1024,
    ) -> str:
        model = _MODEL_FOR[complexity]
        messages = [{"role": "system", "content": system}] if system else []
        messages.append({"role": "user", "content": prompt})
        async with llm_tracker.track_llm_call(
            feature=task_type, tenant_id=tenant_id, provider="litellm", model=model
        ) as usage_log:
            response = await litellm.acompletion(model=model, messages=messages, max_tokens=max_tokens)
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content or ""


multi_model_service = MultiModelService()


async def chat(message: str, *, tenant_id: int | None = None) -> str:
    """Conversational helper used by the in-app assistant."""
    return await multi_model_service.generate_response(
        prompt=message,
        task_type="assistant_chat",
        complexity=TaskComplexity.SIMPLE,
        tenant_id=tenant_id,
    )
