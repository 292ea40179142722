"""Single entry point for assistant features: picks a provider by task and
records usage through the tracker."""
from __future__ import annotations

import asyncio
import enum
import logging

from app.config import get_settings
from services.llm_usage_tracker import llm_tracker
from services.registry import get_provider

log = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


# cheaper providers first for simple tasks
_ROUTING = {
    TaskComplexity.SIMPLE: ["ollama", "gemini", "openai"],
    TaskComplexity.AGENTIC: ["anthropic", "openai"],
}


class MultiModelService:
    def __init__(self):
        self._disabled: set[str] = set()

    def _choose(self, complexity: TaskComplexity) -> str:
        preferred = get_settings().provider
        if complexity is TaskComplexity.SIMPLE and preferred not in self._disabled:
            return preferred
        for name in _ROUTING[complexity]:
            if name not in self._disabled:
                return name
        return preferred

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        history: list[dict] | None = None,
    ) -> str:
        name = self._choose(complexity)
        provider = get_provider(name)
        messages = [*(history or []), {"role": "user", "content": prompt}]
        async with llm_tracker.track_llm_call(
            provider=name, model=provider.model, feature_context=task_type
        ) as usage_log:
            result = await asyncio.to_thread(provider.complete, messages, system)
            usage_log.input_tokens = result.input_tokens
            usage_log.output_tokens = result.output_tokens
        return result.text

    def disable(self, name: str) -> None:
        log.warning("disabling provider %s for this session", name)
        self._disabled.add(name)


multi_model_service = MultiModelService()
