"""Single entry point for LLM generation with usage tracking.

New components should call ``multi_model_service.generate_response`` instead
of talking to an SDK directly.
"""
from __future__ import annotations

import enum
import logging
from typing import Optional

from ..clients.mistral_client import get_mistral_client
from ..clients.openai_client import get_async_openai_client
from .llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


_ROUTES = {
    ("chat", TaskComplexity.SIMPLE): ("openai", "gpt-4o-mini"),
    ("summary", TaskComplexity.SIMPLE): ("mistral", "mistral-small-latest"),
    ("summary", TaskComplexity.AGENTIC): ("openai", "gpt-4o"),
    ("relations", TaskComplexity.AGENTIC): ("openai", "gpt-4o"),
}


class MultiModelService:
    def __init__(self) -> None:
        self._openai = get_async_openai_client()
        self._mistral = get_mistral_client()

    def route(self, task_type: str, complexity: TaskComplexity) -> tuple[str, str]:
        return _ROUTES.get((task_type, complexity), ("openai", "gpt-4o-mini"))

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: Optional[str] = None,
        max_tokens: int = 512,
    ) -> str:
        provider, model = self.route(task_type, complexity)
        messages = [{"role": "system", "content": system}] if system else []
        messages.append({"role": "user", "content": prompt})

        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            if provider == "mistral":
                resp = await self._mistral.chat.complete_async(
                    model=model, messages=messages, max_tokens=max_tokens
                )
            else:
                resp = await self._openai.chat.completions.create(
                    model=model, messages=messages, max_tokens=max_tokens
                )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return resp.choices[0].message.content or ""


multi_model_service = MultiModelService()
