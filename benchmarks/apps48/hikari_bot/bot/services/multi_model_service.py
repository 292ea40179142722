"""The blessed path for LLM calls: picks a provider and tracks usage."""
from __future__ import annotations

import enum
import logging

from bot.llm.prompts import Message
from bot.llm.providers import Completion
from bot.llm.registry import ProviderRegistry
from bot.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_ROUTING = {
    ("chat", TaskComplexity.SIMPLE): "groq",
    ("chat", TaskComplexity.STANDARD): "openai",
    ("summary", TaskComplexity.STANDARD): "anthropic",
    ("summary", TaskComplexity.AGENTIC): "anthropic",
    ("moderation", TaskComplexity.SIMPLE): "groq",
    ("digest", TaskComplexity.STANDARD): "google",
}


class MultiModelService:
    def __init__(self) -> None:
        self._registry: ProviderRegistry | None = None

    def bind(self, registry: ProviderRegistry) -> None:
        self._registry = registry

    async def generate_response(
        self,
        prompt: str,
        *,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.STANDARD,
        system: str | None = None,
        history: list[Message] | None = None,
        provider: str | None = None,
        max_tokens: int = 800,
        guild_id: int | None = None,
        user_id: int | None = None,
    ) -> Completion:
        if self._registry is None:
            raise RuntimeError("multi_model_service used before bind()")
        name = provider or _ROUTING.get((task_type, complexity), self._registry.default)
        chosen = self._registry.get(name)
        messages = [*(history or []), Message.user(prompt)]
        async with llm_tracker.track_llm_call(
            provider=chosen.name,
            model=chosen.model,
            feature_context=task_type,
            guild_id=guild_id,
            user_id=user_id,
        ) as usage_log:
            result = await chosen.complete(messages, system=system, max_tokens=max_tokens)
            usage_log.input_tokens = result.input_tokens
            usage_log.output_tokens = result.output_tokens
        return result


multi_model_service = MultiModelService()
