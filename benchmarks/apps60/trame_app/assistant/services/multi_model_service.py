"""Tracked entry point for model calls.

New features should call ``multi_model_service.generate_response`` instead of
reaching for a provider client directly.
"""
from __future__ import annotations

import asyncio
import enum
import logging

from assistant.config import get_settings
from assistant.llm.clients import get_anthropic_client, get_async_openai_client
from assistant.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


class MultiModelService:
    def __init__(self):
        self._settings = get_settings()

    def _pick(self, complexity: TaskComplexity) -> tuple[str, str]:
        if complexity is TaskComplexity.AGENTIC:
            return "anthropic", self._settings.anthropic_model
        return "openai", self._settings.openai_model

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
    ) -> str:
        provider, model = self._pick(complexity)
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            if provider == "anthropic":
                client = get_anthropic_client()
                message = await asyncio.to_thread(
                    client.messages.create,
                    model=model,
                    max_tokens=self._settings.max_tokens,
                    system=system or "",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = message.usage.input_tokens
                usage_log.output_tokens = message.usage.output_tokens
                return "".join(b.text for b in message.content if b.type == "text")

            client = get_async_openai_client()
            messages = [{"role": "user", "content": prompt}]
            if system:
                messages.insert(0, {"role": "system", "content": system})
            response = await client.chat.completions.create(
                model=model,
                messages=messages,
                temperature=self._settings.temperature,
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
            return response.choices[0].message.content or ""


multi_model_service = MultiModelService()
