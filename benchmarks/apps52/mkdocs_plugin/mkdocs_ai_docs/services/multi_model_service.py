"""Tracked entry point for LLM text generation.

New feature code should call ``multi_model_service.generate_response`` rather than
touching a backend directly; usage gets recorded by ``llm_tracker``.
"""

from __future__ import annotations

import asyncio
import enum
from typing import Optional

from mkdocs_ai_docs.providers import Backend, get_backend
from mkdocs_ai_docs.services.llm_usage_tracker import llm_tracker


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


# task_type -> (provider, model) overrides for complex tasks
_COMPLEX_ROUTES = {
    "glossary": ("anthropic", "claude-3-7-sonnet-latest"),
    "translation": ("anthropic", "claude-3-7-sonnet-latest"),
}


class MultiModelService:
    def __init__(self) -> None:
        self._default: Optional[Backend] = None
        self._backends: dict[tuple[str, str], Backend] = {}

    def configure(self, backend: Backend) -> None:
        self._default = backend
        self._backends[(backend.name, backend.model)] = backend

    def _pick(self, task_type: str, complexity: TaskComplexity) -> Backend:
        if self._default is None:
            raise RuntimeError("multi_model_service used before AiDocsPlugin.on_config")
        if complexity is TaskComplexity.AGENTIC and task_type in _COMPLEX_ROUTES:
            key = _COMPLEX_ROUTES[task_type]
            if key not in self._backends:
                self._backends[key] = get_backend(key[0], model=key[1])
            return self._backends[key]
        return self._default

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        max_tokens: int = 512,
        page: str | None = None,
    ) -> str:
        backend = self._pick(task_type, complexity)
        async with llm_tracker.track_llm_call(
            provider=backend.name, model=backend.model, feature_context=task_type, page=page
        ) as usage_log:
            result = await asyncio.to_thread(backend.complete, prompt, system=system, max_tokens=max_tokens)
            usage_log.input_tokens = result.input_tokens
            usage_log.output_tokens = result.output_tokens
        return result.text


multi_model_service = MultiModelService()
