"""Single entry point for tracked model calls."""
from __future__ import annotations

import enum
import logging

import litellm

from app.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


_ROUTES = {
    ("chat", TaskComplexity.SIMPLE): ("groq", "groq/llama-3.1-8b-instant"),
    ("chat", TaskComplexity.AGENTIC): ("anthropic", "anthropic/claude-3-5-sonnet-20241022"),
    ("summarize", TaskComplexity.SIMPLE): ("openai", "gpt-4o-mini"),
    ("summarize", TaskComplexity.AGENTIC): ("anthropic", "anthropic/claude-3-5-sonnet-20241022"),
    ("classify", TaskComplexity.SIMPLE): ("groq", "groq/llama-3.1-8b-instant"),
}


class MultiModelService:
    def pick_model(self, task_type: str, complexity: TaskComplexity) -> tuple[str, str]:
        return _ROUTES.get((task_type, complexity), ("openai", "gpt-4o-mini"))

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        max_tokens: int = 1024,
    ) -> str:
        provider, model = self.pick_model(task_type, complexity)
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            response = await litellm.acompletion(model=model, messages=messages, max_tokens=max_tokens)
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content


multi_model_service = MultiModelService()
