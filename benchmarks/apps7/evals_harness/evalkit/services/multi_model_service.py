"""Tracked entry point for evalkit's own (non-evaluated) LLM usage."""
from __future__ import annotations

import enum
import logging
from typing import Dict, Optional, Tuple

import litellm

from evalkit.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


_MODELS: Dict[TaskComplexity, Tuple[str, str]] = {
    TaskComplexity.SIMPLE: ("openai", "gpt-4o-mini"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-3-5-sonnet-20241022"),
}


class MultiModelService:
    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system_prompt: Optional[str] = None,
        max_tokens: int = 1024,
    ) -> str:
        provider, model = _MODELS[complexity]
        messages = []
        if system_prompt:
            messages.append({"role": "system", "content": system_prompt})
        messages.append({"role": "user", "content": prompt})
        async with llm_tracker.track_llm_call(provider=provider, model=model, feature_context=task_type) as usage_log:
            response = await litellm.acompletion(model=model, messages=messages, max_tokens=max_tokens, temperature=0)
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content or ""


multi_model_service = MultiModelService()
