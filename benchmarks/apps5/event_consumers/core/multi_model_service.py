"""Single entry point for tracked model calls."""
from __future__ import annotations

import enum
import logging
from typing import Dict, Optional

from openai import AsyncOpenAI

from core.llm_usage_tracker import llm_tracker
from core.settings import settings
from llm.anthropic_client import async_anthropic

logger = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


_ROUTES: Dict[TaskComplexity, str] = {
    TaskComplexity.SIMPLE: "openai",
    TaskComplexity.AGENTIC: "anthropic",
}


class MultiModelService:
    def __init__(self) -> None:
        self._openai: Optional[AsyncOpenAI] = None

    @property
    def openai(self) -> AsyncOpenAI:
        if self._openai is None:
            self._openai = AsyncOpenAI(api_key=settings.llm.api_key, base_url=settings.llm.base_url)
        return self._openai

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: Optional[str] = None,
        max_tokens: int = 1024,
    ) -> str:
        provider = _ROUTES[complexity]
        if provider == "anthropic":
            model = settings.anthropic.model
            async with llm_tracker.track_llm_call(provider, model, task_type) as usage_log:
                msg = await async_anthropic.messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "You are a helpful assistant.",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
            return "".join(b.text for b in msg.content if b.type == "text")

        model = settings.llm.chat_model
        messages = [{"role": "user", "content": prompt}]
        if system:
            messages.insert(0, {"role": "system", "content": system})
        async with llm_tracker.track_llm_call(provider, model, task_type) as usage_log:
            resp = await self.openai.chat.completions.create(
                model=model, messages=messages, max_tokens=max_tokens
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return resp.choices[0].message.content or ""


multi_model_service = MultiModelService()
