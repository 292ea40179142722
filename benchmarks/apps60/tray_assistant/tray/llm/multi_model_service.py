"""Tracked entry point for LLM requests.

New features should call ``multi_model_service.generate_response`` instead of
touching SDK clients; every request made here is recorded by ``llm_tracker``.
"""
from __future__ import annotations

import enum
import logging

from tray import settings
from tray.llm.clients import get_async_anthropic, make_async_openai_client
from tray.llm.tracking import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


class MultiModelService:
    def __init__(self) -> None:
        self._openai = None
        self._anthropic = None

    def _pick(self, complexity: TaskComplexity) -> tuple[str, str]:
        cfg = settings.load()
        if complexity is TaskComplexity.AGENTIC:
            return "anthropic", cfg.models.claude
        return "openai", cfg.models.chat

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        max_tokens: int = 1024,
    ) -> str:
        provider, model = self._pick(complexity)
        if provider == "anthropic":
            if self._anthropic is None:
                self._anthropic = get_async_anthropic()
            async with llm_tracker.track_llm_call(
                provider="anthropic", model=model, feature_context=task_type
            ) as usage_log:
                msg = await self._anthropic.messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "You are a helpful desktop assistant.",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
            return "".join(b.text for b in msg.content if b.type == "text")

        if self._openai is None:
            self._openai = make_async_openai_client()
        messages = [{"role": "user", "content": prompt}]
        if system:
            messages.insert(0, {"role": "system", "content": system})
        async with llm_tracker.track_llm_call(
            provider="openai", model=model, feature_context=task_type
        ) as usage_log:
            resp = await self._openai.chat.completions.create(
                model=model, messages=messages, max_tokens=max_tokens
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return resp.choices[0].message.content or ""


multi_model_service = MultiModelService()
