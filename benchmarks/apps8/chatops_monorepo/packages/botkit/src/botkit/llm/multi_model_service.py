"""The one sanctioned entry point for model calls: routes by task and records usage."""

from __future__ import annotations

import enum
import logging
from typing import Optional

import litellm

from botkit.llm import models
from botkit.llm.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


_ROUTES = {
    TaskComplexity.SIMPLE: models.LITELLM_SUMMARY,
    TaskComplexity.AGENTIC: models.LITELLM_DIGEST,
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
        model = _ROUTES[complexity]
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
        provider = model.split("/", 1)[0]
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            response = await litellm.acompletion(model=model, messages=messages, max_tokens=max_tokens)
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content or ""


multi_model_service = MultiModelService()
