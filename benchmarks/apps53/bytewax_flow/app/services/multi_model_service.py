"""Tracked entry point for LLM calls.

Routes by task type / complexity and records usage for every call.
"""
from __future__ import annotations

import enum
import logging

import litellm

from app.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    MODERATE = "moderate"
    AGENTIC = "agentic"


_ROUTES = {
    ("chat", TaskComplexity.SIMPLE): "gpt-4o-mini",
    ("chat", TaskComplexity.MODERATE): "anthropic/claude-3-5-haiku-20241022",
    ("triage", TaskComplexity.SIMPLE): "gpt-4o-mini",
    ("summary", TaskComplexity.MODERATE): "anthropic/claude-3-5-sonnet-20241022",
    ("reply", TaskComplexity.MODERATE): "xai/grok-3-mini",
    ("reply", TaskComplexity.AGENTIC): "anthropic/claude-3-5-sonnet-20241022",
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
        max_tokens: int = 800,
        temperature: float = 0.2,
    ) -> str:
        model = self.pick_model(task_type, complexity)
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
        provider = model.split("/", 1)[0] if "/" in model else "openai"
        async with llm_tracker.track_llm_call(provider=provider, model=model, feature_context=task_type) as usage_log:
            response = await litellm.acompletion(
                model=model, messages=messages, max_tokens=max_tokens, temperature=temperature
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content or ""


multi_model_service = MultiModelService()
