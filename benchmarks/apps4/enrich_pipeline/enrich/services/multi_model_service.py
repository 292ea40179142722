"""Routed, tracked access to chat models. Prefer this over calling SDKs directly."""
from __future__ import annotations

import enum
import logging
from typing import Dict, Optional

import litellm

from enrich.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


_ROUTES: Dict[TaskComplexity, str] = {
    TaskComplexity.SIMPLE: "together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo",
    TaskComplexity.AGENTIC: "openrouter/anthropic/claude-3.5-sonnet",
}


class MultiModelService:
    async def generate_response(self, prompt: str, task_type: str = "chat",
                                complexity: TaskComplexity = TaskComplexity.SIMPLE,
                                system: Optional[str] = None, max_tokens: int = 1024) -> str:
        model = _ROUTES[complexity]
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
        async with llm_tracker.track_llm_call(
            provider=model.split("/", 1)[0], model=model, feature_context=task_type
        ) as usage_log:
            response = await litellm.acompletion(model=model, messages=messages, max_tokens=max_tokens)
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content or ""


multi_model_service = MultiModelService()
