"""Tracked entry point for model calls.

New features should go through `multi_model_service.generate_response`; it
picks a model from the complexity and records usage.
"""
from __future__ import annotations

import enum
import logging
from typing import Optional

from ..clients import ClientPool
from ..providers import complete
from .llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


_MODEL_BY_COMPLEXITY = {
    ("openai", TaskComplexity.SIMPLE): "gpt-4o-mini",
    ("openai", TaskComplexity.AGENTIC): "gpt-4o",
    ("anthropic", TaskComplexity.SIMPLE): "claude-3-5-haiku-latest",
    ("anthropic", TaskComplexity.AGENTIC): "claude-sonnet-4-20250514",
    ("groq", TaskComplexity.SIMPLE): "llama-3.1-8b-instant",
    ("groq", TaskComplexity.AGENTIC): "llama-3.3-70b-versatile",
    ("mistral", TaskComplexity.SIMPLE): "mistral-small-latest",
    ("mistral", TaskComplexity.AGENTIC): "mistral-large-latest",
    ("perplexity", TaskComplexity.SIMPLE): "sonar",
    ("perplexity", TaskComplexity.AGENTIC): "sonar-pro",
}


class MultiModelService:
    def __init__(self) -> None:
        self._pool: Optional[ClientPool] = None

    def bind(self, pool: ClientPool) -> None:
        self._pool = pool

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: Optional[str] = None,
        max_tokens: Optional[int] = None,
    ) -> str:
        if self._pool is None:
            raise RuntimeError("multi_model_service used before bind()")
        provider = self._pool.settings.provider
        model = self._pool.settings.model or _MODEL_BY_COMPLEXITY[(provider, complexity)]
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            result = complete(self._pool, messages, provider=provider, model=model, max_tokens=max_tokens)
            usage_log.input_tokens = result.input_tokens
            usage_log.output_tokens = result.output_tokens
        return result.text


multi_model_service = MultiModelService()
