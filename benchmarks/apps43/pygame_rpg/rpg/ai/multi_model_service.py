"""Tracked entry point for LLM calls.

New code should go through ``multi_model_service.generate_response`` so the
usage ends up in the playtest cost report. Complexity decides the model.
"""
from __future__ import annotations

import enum
import logging

from rpg.ai.clients import get_anthropic, get_async_openai
from rpg.ai.llm_usage_tracker import llm_tracker
from settings import AI_SETTINGS

log = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


class MultiModelService:
    def __init__(self) -> None:
        self._openai = None
        self._anthropic = None

    @property
    def openai(self):
        if self._openai is None:
            self._openai = get_async_openai()
        return self._openai

    @property
    def anthropic(self):
        if self._anthropic is None:
            self._anthropic = get_anthropic()
        return self._anthropic

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        max_tokens: int = 400,
        json_mode: bool = False,
    ) -> str:
        if complexity is TaskComplexity.AGENTIC:
            return await self._anthropic_response(prompt, task_type, system, max_tokens)
        model = AI_SETTINGS.openai_model
        messages = [{"role": "user", "content": prompt}]
        if system:
            messages.insert(0, {"role": "system", "content": system})
        async with llm_tracker.track_llm_call(provider="openai", model=model, feature_context=task_type) as usage_log:
            resp = await self.openai.chat.completions.create(
                model=model,
                messages=messages,
                max_tokens=max_tokens,
                response_format={"type": "json_object"} if json_mode else {"type": "text"},
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return resp.choices[0].message.content or ""

    async def _anthropic_response(self, prompt: str, task_type: str, system: str | None, max_tokens: int) -> str:
        model = AI_SETTINGS.anthropic_model
        async with llm_tracker.track_llm_call(provider="anthropic", model=model, feature_context=task_type) as usage_log:
            # sync client; fine, we're always on a worker thread here
            msg = self.anthropic.messages.create(
                model=model,
                system=system or "You are a helpful game master.",
                messages=[{"role": "user", "content": prompt}],
                max_tokens=max_tokens,
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
        return msg.content[0].text


multi_model_service = MultiModelService()
