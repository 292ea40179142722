"""Tracked entry point for ad-hoc LLM use inside the harness (explanations, summaries of
results, prompt rewriting). Not for the models under evaluation: those go through adapters."""
from __future__ import annotations

import enum
import logging
from typing import Dict, Optional

import litellm

from evalharness.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


_ROUTES: Dict[TaskComplexity, str] = {
    TaskComplexity.SIMPLE: "gpt-4o-mini",
    TaskComplexity.AGENTIC: "anthropic/claude-sonnet-4-5",
}


class MultiModelService:
    def __init__(self, routes: Optional[Dict[TaskComplexity, str]] = None):
        self.routes = dict(routes or _ROUTES)

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: Optional[str] = None,
        max_tokens: int = 1024,
    ) -> str:
        model = self.routes[complexity]
        messages = [{"role": "system", "content": system}] if system else []
        messages.append({"role": "user", "content": prompt})
        provider = model.split("/", 1)[0] if "/" in model else "openai"
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            response = await litellm.acompletion(model=model, messages=messages, max_tokens=max_tokens)
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content or ""


multi_model_service = MultiModelService()
