"""Tracked entry point for model calls. New code should use ``multi_model_service.generate_response``."""
from __future__ import annotations

import logging
from enum import Enum
from typing import Dict, List, Optional

import litellm

from bot.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(str, Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_MODELS = {
    TaskComplexity.SIMPLE: "anthropic/claude-haiku-4-5",
    TaskComplexity.STANDARD: "anthropic/claude-sonnet-4-5",
    TaskComplexity.AGENTIC: "anthropic/claude-sonnet-4-5",
}


class MultiModelService:
    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: Optional[str] = None,
        history: Optional[List[Dict[str, str]]] = None,
        max_tokens: int = 1024,
    ) -> str:
        model = _MODELS[complexity]
        messages: List[Dict[str, str]] = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.extend(history or [])
        messages.append({"role": "user", "content": prompt})
        async with llm_tracker.track_llm_call(
            provider=model.split("/", 1)[0], model=model.split("/", 1)[1], feature_context=task_type
        ) as usage_log:
            response = await litellm.acompletion(model=model, messages=messages, max_tokens=max_tokens)
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content or ""


multi_model_service = MultiModelService()
