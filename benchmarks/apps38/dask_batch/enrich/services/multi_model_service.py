"""Tracked entry point for LLM calls. Prefer this over raw SDK clients.

Routes by task type / complexity to a model through litellm, and records
usage through ``llm_tracker``.
"""
from __future__ import annotations

import enum
import logging
from typing import Any

import litellm

from enrich.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    MODERATE = "moderate"
    AGENTIC = "agentic"


_ROUTES: dict[tuple[str, TaskComplexity], str] = {
    ("chat", TaskComplexity.SIMPLE): "gpt-4o-mini",
    ("classification", TaskComplexity.SIMPLE): "gpt-4o-mini",
    ("summarization", TaskComplexity.MODERATE): "bedrock/anthropic.claude-3-haiku-20240307-v1:0",
    ("extraction", TaskComplexity.MODERATE): "fireworks_ai/accounts/fireworks/models/llama-v3p1-70b-instruct",
    ("field_mapping", TaskComplexity.AGENTIC): "gpt-4o",
}


class MultiModelService:
    def pick_model(self, task_type: str, complexity: TaskComplexity) -> str:
        return _ROUTES.get((task_type, complexity), "gpt-4o-mini")

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        **kwargs: Any,
    ) -> str:
        model = self.pick_model(task_type, complexity)
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
        provider = model.split("/", 1)[0] if "/" in model else "openai"
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            response = await litellm.acompletion(model=model, messages=messages, **kwargs)
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content or ""


multi_model_service = MultiModelService()
