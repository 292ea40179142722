"""Single entry point for text generation with automatic usage tracking."""
from __future__ import annotations

import enum
import logging
from typing import Optional

from google import genai
from groq import AsyncGroq

from gateway.config import get_settings
from gateway.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


class MultiModelService:
    def __init__(self) -> None:
        self._groq: Optional[AsyncGroq] = None
        self._gemini: Optional[genai.Client] = None

    def init(self, groq: AsyncGroq, gemini: genai.Client) -> None:
        self._groq = groq
        self._gemini = gemini

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: Optional[str] = None,
    ) -> str:
        settings = get_settings()
        if complexity is TaskComplexity.SIMPLE:
            async with llm_tracker.track_llm_call("groq", settings.chat_model, task_type) as usage:
                messages = [{"role": "user", "content": prompt}]
                if system:
                    messages.insert(0, {"role": "system", "content": system})
                resp = await self._groq.chat.completions.create(model=settings.chat_model, messages=messages)
                usage.input_tokens = resp.usage.prompt_tokens
                usage.output_tokens = resp.usage.completion_tokens
                return resp.choices[0].message.content or ""
        async with llm_tracker.track_llm_call("google", settings.gemini_model, task_type) as usage:
            resp = await self._gemini.aio.models.generate_content(
                model=settings.gemini_model,
                contents=prompt,
                config={"system_instruction": system} if system else None,
            )
            usage.input_tokens = resp.usage_metadata.prompt_token_count or 0
            usage.output_tokens = resp.usage_metadata.candidates_token_count or 0
            return resp.text or ""


multi_model_service = MultiModelService()
