"""Tracked entry point for generic text generation.

New code should go through ``multi_model_service.generate_response``; it
chooses a model by task complexity and records usage.
"""
from __future__ import annotations

import enum
import logging

from openai import AsyncOpenAI

from app.config import get_settings
from app.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_MODEL_BY_COMPLEXITY = {
    TaskComplexity.SIMPLE: "gpt-4o-mini",
    TaskComplexity.STANDARD: "gpt-4o-mini",
    TaskComplexity.AGENTIC: "gpt-4o",
}


class MultiModelService:
    def __init__(self) -> None:
        self._client: AsyncOpenAI | None = None

    @property
    def client(self) -> AsyncOpenAI:
        if self._client is None:
            self._client = AsyncOpenAI(api_key=get_settings().openai_api_key)
        return self._client

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        max_tokens: int = 800,
    ) -> str:
        model = _MODEL_BY_COMPLEXITY[complexity]
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
        async with llm_tracker.track_llm_call(
            provider="openai", model=model, feature_context=task_type
        ) as usage_log:
            resp = await self.client.chat.completions.create(
                model=model, messages=messages, max_tokens=max_tokens
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return resp.choices[0].message.content or ""


multi_model_service = MultiModelService()
