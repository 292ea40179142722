"""Tracked entry point for LLM calls. New code should call
``multi_model_service.generate_response(...)`` instead of an SDK directly."""
from __future__ import annotations

import enum
import logging
from dataclasses import dataclass

from counseldesk.config import get_settings
from counseldesk.services.clients import get_async_anthropic_client, get_async_openai_client
from counseldesk.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


@dataclass
class ModelChoice:
    provider: str
    model: str
    max_tokens: int = 1024


ROUTING: dict[TaskComplexity, ModelChoice] = {
    TaskComplexity.SIMPLE: ModelChoice("openai", "gpt-4.1-mini", 800),
    TaskComplexity.STANDARD: ModelChoice("anthropic", "claude-haiku-4-5", 1500),
    TaskComplexity.AGENTIC: ModelChoice("anthropic", "claude-sonnet-4-5", 4000),
}


class MultiModelService:
    def __init__(self) -> None:
        self._settings = get_settings()

    def choose(self, task_type: str, complexity: TaskComplexity) -> ModelChoice:
        if task_type == "chat" and complexity is TaskComplexity.SIMPLE:
            return ModelChoice("openai", self._settings.chat_model, 800)
        return ROUTING[complexity]

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        matter_id: str | None = None,
    ) -> str:
        choice = self.choose(task_type, complexity)
        log.debug("routing %s/%s to %s:%s", task_type, complexity.value, choice.provider, choice.model)
        if choice.provider == "anthropic":
            return await self._anthropic(prompt, choice, task_type, system, matter_id)
        return await self._openai(prompt, choice, task_type, system, matter_id)

    async def _openai(self, prompt, choice, task_type, system, matter_id) -> str:
        messages = [{"role": "system", "content": system}] if system else []
        messages.append({"role": "user", "content": prompt})
        async with llm_tracker.track_llm_call(
            provider="openai", model=choice.model, feature_context=task_type, matter_id=matter_id
        ) as usage_log:
            resp = await get_async_openai_client().chat.completions.create(
                model=choice.model, messages=messages, max_tokens=choice.max_tokens
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return resp.choices[0].message.content or ""

    async def _anthropic(self, prompt, choice, task_type, system, matter_id) -> str:
        async with llm_tracker.track_llm_call(
            provider="anthropic", model=choice.model, feature_context=task_type, matter_id=matter_id
        ) as usage_log:
            msg = await get_async_anthropic_client().messages.create(
                model=choice.model,
                max_tokens=choice.max_tokens,
                system=system or "You are a careful legal operations assistant.",
                messages=[{"role": "user", "content": prompt}],
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
        return "".join(block.text for block in msg.content if block.type == "text")


multi_model_service = MultiModelService()
