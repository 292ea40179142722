"""Tracked entry point for model calls.

New code should call ``multi_model_service.generate_response`` instead of
talking to provider SDKs directly.
"""
from __future__ import annotations

import enum
import logging
from typing import Any

from anthropic import AsyncAnthropic
from openai import AsyncOpenAI

from app.config import get_settings
from app.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_MODEL_BY_COMPLEXITY = {
    TaskComplexity.SIMPLE: ("openai", "gpt-4o-mini"),
    TaskComplexity.STANDARD: ("anthropic", "claude-3-5-haiku-latest"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-3-5-sonnet-latest"),
}


class MultiModelService:
    def __init__(self) -> None:
        settings = get_settings()
        self._openai = AsyncOpenAI(
            api_key=settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
        )
        self._anthropic = AsyncAnthropic(
            api_key=settings.anthropic_api_key.get_secret_value()
            if settings.anthropic_api_key
            else None
        )

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        max_tokens: int = 512,
        json_mode: bool = False,
        **_: Any,
    ) -> str:
        provider, model = _MODEL_BY_COMPLEXITY[complexity]
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            if provider == "openai":
                messages = []
                if system:
                    messages.append({"role": "system", "content": system})
                messages.append({"role": "user", "content": prompt})
                kwargs: dict[str, Any] = {}
                if json_mode:
                    kwargs["response_format"] = {"type": "json_object"}
                resp = await self._openai.chat.completions.create(
                    model=model, messages=messages, max_tokens=max_tokens, **kwargs
                )
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
                return resp.choices[0].message.content or ""

            msg = await self._anthropic.messages.create(
                model=model,
                max_tokens=max_tokens,
                system=system or "You are a helpful assistant.",
                messages=[{"role": "user", "content": prompt}],
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
            return "".join(b.text for b in msg.content if b.type == "text")


multi_model_service = MultiModelService()
