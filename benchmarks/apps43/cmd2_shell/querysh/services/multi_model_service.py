"""Tracked entry point for LLM requests. New code should call `generate_response`."""
from __future__ import annotations

import enum

from querysh.backends import get_backend
from querysh.config import load_settings
from querysh.services.llm_usage_tracker import llm_tracker


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


_ROUTES = {
    ("chat", TaskComplexity.SIMPLE): "openai",
    ("sql", TaskComplexity.SIMPLE): "openai",
    ("sql", TaskComplexity.AGENTIC): "anthropic",
    ("summary", TaskComplexity.SIMPLE): "gemini",
    ("summary", TaskComplexity.AGENTIC): "anthropic",
}


class MultiModelService:
    def __init__(self) -> None:
        self.settings = load_settings()
        self._backends: dict[str, object] = {}

    def _backend(self, name: str):
        if name not in self._backends:
            self._backends[name] = get_backend(name, self.settings)
        return self._backends[name]

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
    ) -> str:
        name = _ROUTES.get((task_type, complexity), self.settings.backend)
        backend = self._backend(name)
        async with llm_tracker.track_llm_call(
            provider=name, model=backend.model, feature_context=task_type
        ) as usage_log:
            result = backend.complete(prompt, system=system, max_tokens=self.settings.max_tokens)
            usage_log.input_tokens = result.input_tokens
            usage_log.output_tokens = result.output_tokens
        return result.text


multi_model_service = MultiModelService()
