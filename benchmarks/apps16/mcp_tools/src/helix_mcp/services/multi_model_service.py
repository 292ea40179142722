"""Tracked entry point for model requests.

Picks a model from the task type and complexity and records usage through
``llm_tracker``.  New code should call :meth:`MultiModelService.generate_response`.
"""
from __future__ import annotations

import enum
import logging
from typing import Optional

from anthropic import AsyncAnthropic
from openai import AsyncOpenAI

from helix_mcp.config import get_settings
from helix_mcp.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_ROUTES = {
    TaskComplexity.SIMPLE: ("openai", "gpt-4.1-mini"),
    TaskComplexity.STANDARD: ("anthropic", "claude-sonnet-4-20250514"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-opus-4-1-20250805"),
}


class MultiModelService:
    def __init__(self) -> None:
        self._openai: Optional[AsyncOpenAI] = None
        self._anthropic: Optional[AsyncAnthropic] = None

    def _oa(self) -> AsyncOpenAI:
        if self._openai is None:
            key = get_settings().openai_api_key
            self._openai = AsyncOpenAI(api_key=key.get_secret_value() if key else None)
        return self._openai

    def _an(self) -> AsyncAnthropic:
        if self._anthropic is None:
            key = get_settings().anthropic_api_key
            self._anthropic = AsyncAnthropic(api_key=key.get_secret_value() if key else None)
        return self._anthropic

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: Optional[str] = None,
        max_tokens: int = 1024,
    ) -> str:
        provider, model = _ROUTES[complexity]
        async with llm_tracker.track_llm_call(provider=provider, model=model, feature_context=task_type) as usage_log:
            if provider == "openai":
                messages = [{"role": "system", "content": system}] if system else []
                messages.append({"role": "user", "content": prompt})
                resp = await self._oa().chat.completions.create(model=model, messages=messages, max_tokens=max_tokens)
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
                return resp.choices[0].message.content or ""
            kwargs = {"system": system} if system else {}
            msg = await self._an().messages.create(
                model=model,
                max_tokens=max_tokens,
                messages=[{"role": "user", "content": prompt}],
                **kwargs,
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
            return "".join(b.text for b in msg.content if b.type == "text")


multi_model_service = MultiModelService()
