"""Tracked entry point for model calls. New code should go through here."""

from __future__ import annotations

import enum
import logging

import anthropic
import openai

from notes_app.config import Settings
from notes_app.services.llm_clients import make_anthropic, make_openai
from notes_app.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


class MultiModelService:
    def __init__(self, settings: Settings | None = None) -> None:
        self._settings = settings or Settings.from_env()
        self._openai: openai.OpenAI | None = None
        self._anthropic: anthropic.Anthropic | None = None

    @property
    def openai(self) -> openai.OpenAI:
        if self._openai is None:
            self._openai = make_openai(self._settings)
        return self._openai

    @property
    def anthropic(self) -> anthropic.Anthropic:
        if self._anthropic is None:
            self._anthropic = make_anthropic(self._settings)
        return self._anthropic

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
    ) -> str:
        if complexity is TaskComplexity.AGENTIC:
            model = "claude-sonnet-4-20250514"
            async with llm_tracker.track_llm_call(
                provider="anthropic", model=model, feature_context=task_type
            ) as usage_log:
                msg = self.anthropic.messages.create(
                    model=model,
                    max_tokens=2048,
                    system=system or "You are a careful assistant.",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
            return "".join(b.text for b in msg.content if b.type == "text")

        model = self._settings.chat_model
        messages = [{"role": "user", "content": prompt}]
        if system:
            messages.insert(0, {"role": "system", "content": system})
        async with llm_tracker.track_llm_call(
            provider="openai", model=model, feature_context=task_type
        ) as usage_log:
            resp = self.openai.chat.completions.create(model=model, messages=messages)
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return resp.choices[0].message.content or ""


multi_model_service = MultiModelService()
