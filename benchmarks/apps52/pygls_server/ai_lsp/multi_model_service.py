"""Routes prompts to a backend by task type and records usage for each call."""
from __future__ import annotations

import enum
import logging
from typing import Any

from ai_lsp.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


_ROUTES = {
    ("chat", TaskComplexity.SIMPLE): "openai",
    ("chat", TaskComplexity.AGENTIC): "anthropic",
    ("docstring", TaskComplexity.SIMPLE): "openai",
    ("docstring", TaskComplexity.AGENTIC): "anthropic",
    ("commit_message", TaskComplexity.SIMPLE): "openai",
    ("explain", TaskComplexity.AGENTIC): "anthropic",
}


class MultiModelService:
    def __init__(self) -> None:
        self._registry: Any = None

    def bind(self, registry: Any) -> None:
        self._registry = registry

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str = "You are a helpful coding assistant.",
        max_tokens: int = 1024,
    ) -> str:
        if self._registry is None:
            raise RuntimeError("multi_model_service used before the server initialized")
        backend_name = _ROUTES.get((task_type, complexity), "openai")
        backend = self._registry.get(backend_name)
        async with llm_tracker.track_llm_call(
            provider=backend_name, model=backend.model, feature_context=task_type
        ) as usage_log:
            result = await backend.chat(system, prompt, max_tokens=max_tokens)
            usage_log.input_tokens = result.input_tokens
            usage_log.output_tokens = result.output_tokens
        return result.text


multi_model_service = MultiModelService()
