"""Single entry point for text generation with automatic usage tracking.

SIMPLE tasks go to DeepSeek (cheap, good enough for summaries/classification),
AGENTIC ones to Gemini 2.5.
"""
from __future__ import annotations

import enum
import logging
from typing import Optional

from google.genai import types

from pricewatch.llm.clients import get_async_deepseek_client, get_gemini_client
from pricewatch.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


class MultiModelService:
    simple_model = "deepseek-chat"
    agentic_model = "gemini-2.5-flash"

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: Optional[str] = None,
        max_tokens: int = 1024,
    ) -> str:
        if complexity == TaskComplexity.AGENTIC:
            return await self._gemini(prompt, task_type, system, max_tokens)
        return await self._deepseek(prompt, task_type, system, max_tokens)

    async def _deepseek(self, prompt: str, task_type: str, system: Optional[str], max_tokens: int) -> str:
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
        client = get_async_deepseek_client()
        async with llm_tracker.track_llm_call(
            provider="deepseek", model=self.simple_model, feature_context=task_type
        ) as usage_log:
            response = await client.chat.completions.create(
                model=self.simple_model, messages=messages, max_tokens=max_tokens
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content or ""

    async def _gemini(self, prompt: str, task_type: str, system: Optional[str], max_tokens: int) -> str:
        client = get_gemini_client()
        async with llm_tracker.track_llm_call(
            provider="google", model=self.agentic_model, feature_context=task_type
        ) as usage_log:
            response = await client.aio.models.generate_content(
                model=self.agentic_model,
                contents=prompt,
                config=types.GenerateContentConfig(system_instruction=system, max_output_tokens=max_tokens),
            )
            meta = response.usage_metadata
            usage_log.input_tokens = meta.prompt_token_count or 0
            usage_log.output_tokens = meta.candidates_token_count or 0
        return response.text or ""


multi_model_service = MultiModelService()
