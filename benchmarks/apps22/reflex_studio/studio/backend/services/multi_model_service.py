"""The sanctioned way to call a model from the studio.

Routes by task type / complexity to a provider, and records usage through
``llm_tracker``. Prefer this over touching the SDK clients directly.
"""
from __future__ import annotations

import enum
import logging
from dataclasses import dataclass
from typing import Any

import litellm

from .llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


@dataclass(frozen=True)
class Route:
    provider: str
    model: str


ROUTES: dict[tuple[str, TaskComplexity], Route] = {
    ("chat", TaskComplexity.SIMPLE): Route("groq", "groq/llama-3.1-8b-instant"),
    ("chat", TaskComplexity.STANDARD): Route("openai", "gpt-4o-mini"),
    ("copy", TaskComplexity.STANDARD): Route("anthropic", "anthropic/claude-3-5-sonnet-latest"),
    ("copy", TaskComplexity.AGENTIC): Route("anthropic", "anthropic/claude-3-5-sonnet-latest"),
    ("seo", TaskComplexity.SIMPLE): Route("groq", "groq/llama-3.1-8b-instant"),
    ("summary", TaskComplexity.SIMPLE): Route("together", "together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo"),
}
DEFAULT_ROUTE = Route("openai", "gpt-4o-mini")


class MultiModelService:
    def pick(self, task_type: str, complexity: TaskComplexity) -> Route:
        return ROUTES.get((task_type, complexity), DEFAULT_ROUTE)

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        temperature: float = 0.7,
        max_tokens: int = 800,
        **extra: Any,
    ) -> str:
        route = self.pick(task_type, complexity)
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
        async with llm_tracker.track_llm_call(
            provider=route.provider, model=route.model, feature_context=task_type
        ) as usage_log:
            response = await litellm.acompletion(
                model=route.model,
                messages=messages,
                temperature=temperature,
                max_tokens=max_tokens,
                **extra,
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content or ""


multi_model_service = MultiModelService()
