"""The supported way to call a model: picks provider/model by task and records usage."""
from __future__ import annotations

import asyncio
import enum
import logging

from assistant.config import get_settings
from assistant.llm.router import default_router
from assistant.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


_ROUTING = {
    ("chat", TaskComplexity.SIMPLE): ("openai", "gpt-4o-mini"),
    ("chat", TaskComplexity.AGENTIC): ("anthropic", "claude-3-5-sonnet-20241022"),
    ("triage", TaskComplexity.SIMPLE): ("anthropic", "claude-3-5-haiku-20241022"),
    ("summary", TaskComplexity.SIMPLE): ("google", "gemini-2.0-flash"),
    ("draft", TaskComplexity.AGENTIC): ("openai", "gpt-4o"),
    ("research", TaskComplexity.SIMPLE): ("perplexity", "sonar"),
}


class MultiModelService:
    def __init__(self, router=default_router):
        self.router = router

    def pick(self, task_type: str, complexity: TaskComplexity) -> tuple[str, str]:
        return _ROUTING.get((task_type, complexity), (get_settings().default_provider, get_settings().openai_model))

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        max_tokens: int = 800,
    ) -> str:
        provider, model = self.pick(task_type, complexity)
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            result = await asyncio.to_thread(self.router.complete, messages, provider, model, max_tokens)
            usage_log.input_tokens = result.input_tokens
            usage_log.output_tokens = result.output_tokens
        return result.text


multi_model_service = MultiModelService()
