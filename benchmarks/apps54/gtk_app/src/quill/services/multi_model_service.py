"""Single entry point for tracked generation.

New features should call :func:`MultiModelService.generate_response` rather
than reaching for a backend or SDK client directly: it picks the backend for
the task and records usage in the ledger.
"""

from __future__ import annotations

import asyncio
import enum
import logging

from quill.ai.registry import BackendRegistry, default_registry
from quill.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_ROUTING = {
    ("proofread", TaskComplexity.SIMPLE): ("openai", "gpt-4o-mini"),
    ("proofread", TaskComplexity.STANDARD): ("anthropic", "claude-3-5-haiku-latest"),
    ("rewrite", TaskComplexity.SIMPLE): ("mistral", "mistral-small-latest"),
    ("rewrite", TaskComplexity.STANDARD): ("anthropic", "claude-3-5-sonnet-latest"),
    ("summarise", TaskComplexity.SIMPLE): ("deepseek", "deepseek-chat"),
    ("summarise", TaskComplexity.STANDARD): ("openai", "gpt-4o"),
    ("chat", TaskComplexity.SIMPLE): ("openai", "gpt-4o-mini"),
}


class MultiModelService:
    def __init__(self, registry: BackendRegistry | None = None) -> None:
        self.registry = registry or default_registry
        self.preferred_backend: str | None = None

    def route(self, task_type: str, complexity: TaskComplexity) -> tuple[str, str]:
        if self.preferred_backend == "ollama":
            return "ollama", "llama3.2"
        return _ROUTING.get((task_type, complexity), ("openai", "gpt-4o-mini"))

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
    ) -> str:
        provider, model = self.route(task_type, complexity)
        backend = self.registry.get(provider, model)
        async with llm_tracker.track_llm_call(provider=provider, model=model, feature_context=task_type) as usage_log:
            result = await asyncio.to_thread(backend.complete, prompt, system=system)
            usage_log.input_tokens = result.input_tokens
            usage_log.output_tokens = result.output_tokens
        return result.text

    def generate_response_sync(self, prompt: str, **kwargs) -> str:
        """For worker threads that have no event loop."""
        return asyncio.run(self.generate_response(prompt, **kwargs))


multi_model_service = MultiModelService()
