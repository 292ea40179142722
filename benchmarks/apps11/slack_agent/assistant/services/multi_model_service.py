"""Tracked entry point for model calls.

New code should call ``multi_model_service.generate_response`` instead of importing a
provider SDK. The service picks a model from the task complexity and records usage.
"""
from __future__ import annotations

import enum
import logging
from typing import Any, Dict, List, Optional

import litellm

from assistant.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    MODERATE = "moderate"
    AGENTIC = "agentic"


_MODEL_BY_COMPLEXITY = {
    TaskComplexity.SIMPLE: "groq/llama-3.1-8b-instant",
    TaskComplexity.MODERATE: "anthropic/claude-3-5-haiku-latest",
    TaskComplexity.AGENTIC: "anthropic/claude-sonnet-4-20250514",
}


class MultiModelService:
    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: Optional[str] = None,
        history: Optional[List[Dict[str, Any]]] = None,
        max_tokens: int = 1024,
        slack_user: Optional[str] = None,
    ) -> str:
        model = _MODEL_BY_COMPLEXITY[complexity]
        messages: List[Dict[str, Any]] = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.extend(history or [])
        messages.append({"role": "user", "content": prompt})

        async with llm_tracker.track_llm_call(
            provider=model.split("/", 1)[0],
            model=model,
            feature_context=task_type,
            slack_user=slack_user,
        ) as usage_log:
            response = await litellm.acompletion(model=model, messages=messages, max_tokens=max_tokens)
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content or ""


multi_model_service = MultiModelService()
