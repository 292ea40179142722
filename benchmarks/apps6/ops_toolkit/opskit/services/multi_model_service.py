"""Tracked entry point for model calls.

New code should call ``multi_model_service.generate_response`` instead of
talking to a provider SDK directly: it picks the model for the task and
records usage through ``llm_tracker``.
"""
from __future__ import annotations

import enum
import logging
from typing import Optional

import litellm

from opskit.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


_MODELS = {
    TaskComplexity.SIMPLE: "openrouter/meta-llama/llama-3.1-8b-instruct",
    TaskComplexity.AGENTIC: "openrouter/anthropic/claude-3.5-sonnet",
}


class MultiModelService:
    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: Optional[str] = None,
        max_tokens: int = 1024,
    ) -> str:
        model = _MODELS[complexity]
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
        async with llm_tracker.track_llm_call(provider="openrouter", model=model, feature_context=task_type) as usage:
            response = await litellm.acompletion(model=model, messages=messages, max_tokens=max_tokens)
            usage.input_tokens = response.usage.prompt_tokens
            usage.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content or ""


multi_model_service = MultiModelService()
