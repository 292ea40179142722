"""Single entry point for tracked text generation.

New features should call `multi_model_service.generate_response(...)`; the
service picks a provider by task complexity and records usage.
"""
from __future__ import annotations

import enum
import logging

from bot.clients import get_anthropic, get_deepseek, get_openai
from bot.config import get_settings
from bot.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


class MultiModelService:
    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        max_tokens: int = 800,
    ) -> str:
        if complexity is TaskComplexity.AGENTIC:
            return await self._anthropic(prompt, task_type, system, max_tokens)
        if complexity is TaskComplexity.STANDARD:
            return await self._openai(prompt, task_type, system, max_tokens)
        try:
            return await self._deepseek(prompt, task_type, system, max_tokens)
        except Exception:  # deepseek has bad days
            log.warning("deepseek failed for %s, falling back to openai", task_type, exc_info=True)
            return await self._openai(prompt, task_type, system, max_tokens)

    @staticmethod
    def _messages(prompt: str, system: str | None) -> list[dict[str, str]]:
        messages = [{"role": "system", "content": system}] if system else []
        messages.append({"role": "user", "content": prompt})
        return messages

    async def _openai(self, prompt: str, task_type: str, system: str | None, max_tokens: int) -> str:
        model = get_settings().openai_chat_model
        async with llm_tracker.track_llm_call(provider="openai", model=model, feature_context=task_type) as usage_log:
            response = await get_openai().chat.completions.create(
                model=model, messages=self._messages(prompt, system), max_tokens=max_tokens
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content or ""

    async def _deepseek(self, prompt: str, task_type: str, system: str | None, max_tokens: int) -> str:
        model = get_settings().deepseek_model
        async with llm_tracker.track_llm_call(provider="deepseek", model=model, feature_context=task_type) as usage_log:
            response = await get_deepseek().chat.completions.create(
                model=model, messages=self._messages(prompt, system), max_tokens=max_tokens
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content or ""

    async def _anthropic(self, prompt: str, task_type: str, system: str | None, max_tokens: int) -> str:
        model = get_settings().anthropic_model
        async with llm_tracker.track_llm_call(provider="anthropic", model=model, feature_context=task_type) as usage_log:
            message = await get_anthropic().messages.create(
                model=model,
                max_tokens=max_tokens,
                system=system or "You are a helpful language tutor.",
                messages=[{"role": "user", "content": prompt}],
            )
            usage_log.input_tokens = message.usage.input_tokens
            usage_log.output_tokens = message.usage.output_tokens
        return "".join(block.text for block in message.content if block.type == "text")


multi_model_service = MultiModelService()
