"""Tracked entry point for text generation.

New code should call `multi_model_service.generate_response(...)` instead of
talking to a provider SDK directly, so every call ends up in GenerationLog.
"""
import enum
import logging
from typing import Optional

from .. import settings as ai_settings
from ..llm.clients import get_async_anthropic_client, get_async_openai_client
from .llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


class MultiModelService:
    def __init__(self, openai_key: Optional[str] = None, anthropic_key: Optional[str] = None):
        self.openai_key = openai_key
        self.anthropic_key = anthropic_key

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: Optional[str] = None,
        max_tokens: int = 500,
        object_id: str = "",
    ) -> str:
        if complexity is TaskComplexity.AGENTIC:
            return await self._anthropic(prompt, task_type, system, max_tokens, object_id)
        return await self._openai(prompt, task_type, system, max_tokens, object_id)

    async def _openai(self, prompt, task_type, system, max_tokens, object_id) -> str:
        model = ai_settings.AI_CONTENT_OPENAI_MODEL
        client = get_async_openai_client(self.openai_key)
        messages = [{"role": "user", "content": prompt}]
        if system:
            messages.insert(0, {"role": "system", "content": system})
        async with llm_tracker.track_llm_call(
            provider="openai", model=model, feature_context=task_type, object_id=object_id
        ) as usage_log:
            response = await client.chat.completions.create(
                model=model, messages=messages, max_tokens=max_tokens
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content or ""

    async def _anthropic(self, prompt, task_type, system, max_tokens, object_id) -> str:
        model = ai_settings.AI_CONTENT_ANTHROPIC_MODEL
        client = get_async_anthropic_client(self.anthropic_key)
        async with llm_tracker.track_llm_call(
            provider="anthropic", model=model, feature_context=task_type, object_id=object_id
        ) as usage_log:
            message = await client.messages.create(
                model=model,
                system=system or "",
                messages=[{"role": "user", "content": prompt}],
                max_tokens=max_tokens,
            )
            usage_log.input_tokens = message.usage.input_tokens
            usage_log.output_tokens = message.usage.output_tokens
        return "".join(b.text for b in message.content if b.type == "text")


multi_model_service = MultiModelService()
