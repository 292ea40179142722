"""Tracked entry point for LLM calls.

New code should call ``multi_model_service.generate_response`` instead of a vendor SDK.
It picks a model by task complexity and records usage through ``llm_tracker``.
"""
import os
from enum import Enum
from typing import Any, Dict, Optional

import anthropic
from openai import AsyncOpenAI

from .llm_usage_tracker import llm_tracker


class TaskComplexity(str, Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_ROUTING: Dict[TaskComplexity, Dict[str, str]] = {
    TaskComplexity.SIMPLE: {"provider": "openai", "model": "gpt-4o-mini"},
    TaskComplexity.STANDARD: {"provider": "anthropic", "model": "claude-3-5-haiku-20241022"},
    TaskComplexity.AGENTIC: {"provider": "anthropic", "model": "claude-3-5-sonnet-20241022"},
}


class MultiModelService:
    def __init__(self) -> None:
        self._openai: Optional[AsyncOpenAI] = None
        self._anthropic: Optional[anthropic.AsyncAnthropic] = None

    @property
    def openai(self) -> AsyncOpenAI:
        if self._openai is None:
            self._openai = AsyncOpenAI(api_key=os.environ.get("OPENAI_API_KEY"))
        return self._openai

    @property
    def anthropic(self) -> anthropic.AsyncAnthropic:
        if self._anthropic is None:
            self._anthropic = anthropic.AsyncAnthropic(api_key=os.environ.get("ANTHROPIC_API_KEY"))
        return self._anthropic

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: Optional[str] = None,
        max_tokens: int = 1024,
        **extra: Any,
    ) -> str:
        route = _ROUTING[complexity]
        provider, model = route["provider"], route["model"]
        async with llm_tracker.track_llm_call(provider=provider, model=model, feature_context=task_type) as usage:
            if provider == "openai":
                messages = [{"role": "system", "content": system}] if system else []
                messages.append({"role": "user", "content": prompt})
                resp = await self.openai.chat.completions.create(
                    model=model, messages=messages, max_tokens=max_tokens, **extra
                )
                usage.input_tokens = resp.usage.prompt_tokens
                usage.output_tokens = resp.usage.completion_tokens
                return resp.choices[0].message.content or ""
            msg = await self.anthropic.messages.create(
                model=model,
                max_tokens=max_tokens,
                system=system or anthropic.NOT_GIVEN,
                messages=[{"role": "user", "content": prompt}],
                **extra,
            )
            usage.input_tokens = msg.usage.input_tokens
            usage.output_tokens = msg.usage.output_tokens
            return "".join(b.text for b in msg.content if b.type == "text")


multi_model_service = MultiModelService()
