"""Tracked entry point for LLM calls.

New code should call ``multi_model_service.generate_response`` rather than
talking to SDK clients directly.
"""
from __future__ import annotations

import enum
import logging
from typing import Any

from opslib.clients import get_anthropic, get_openai
from opslib.config import load_settings
from opslib.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


class MultiModelService:
    def __init__(self) -> None:
        self.settings = load_settings()

    def _pick(self, complexity: TaskComplexity) -> tuple[str, str]:
        if complexity is TaskComplexity.AGENTIC:
            return "anthropic", self.settings.anthropic_model
        return "openai", self.settings.openai_model

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        max_tokens: int | None = None,
    ) -> str:
        provider, model = self._pick(complexity)
        max_tokens = max_tokens or self.settings.max_tokens
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            if provider == "anthropic":
                msg = get_anthropic().messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "You are a helpful operations assistant.",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
                return "".join(b.text for b in msg.content if b.type == "text")

            messages: list[dict[str, Any]] = []
            if system:
                messages.append({"role": "system", "content": system})
            messages.append({"role": "user", "content": prompt})
            resp = get_openai().chat.completions.create(
                model=model, messages=messages, max_tokens=max_tokens
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content or ""


multi_model_service = MultiModelService()
