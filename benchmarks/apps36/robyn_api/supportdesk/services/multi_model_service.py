"""Tracked entry point for LLM generation.

New code should call ``multi_model_service.generate_response(...)`` rather
than touching provider clients. Every call in here runs inside the usage
tracker.
"""

from __future__ import annotations

import enum
import logging
from typing import Any

from supportdesk.config import get_settings
from supportdesk.llm.clients import (
    get_async_anthropic_client,
    get_async_deepseek_client,
    get_async_openai_client,
)
from supportdesk.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_ROUTES: dict[TaskComplexity, tuple[str, str]] = {
    TaskComplexity.SIMPLE: ("deepseek", "deepseek-chat"),
    TaskComplexity.STANDARD: ("openai", "gpt-4o-mini"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-3-5-sonnet-latest"),
}


class MultiModelService:
    def __init__(self) -> None:
        self.settings = get_settings()

    def pick(self, complexity: TaskComplexity) -> tuple[str, str]:
        return _ROUTES[complexity]

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        max_tokens: int = 800,
        temperature: float = 0.2,
    ) -> str:
        provider, model = self.pick(complexity)
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            if provider == "anthropic":
                client = get_async_anthropic_client()
                kwargs: dict[str, Any] = {}
                if system:
                    kwargs["system"] = system
                message = await client.messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    temperature=temperature,
                    messages=[{"role": "user", "content": prompt}],
                    **kwargs,
                )
                usage_log.input_tokens = message.usage.input_tokens
                usage_log.output_tokens = message.usage.output_tokens
                return "".join(b.text for b in message.content if b.type == "text")

            client = (
                get_async_deepseek_client() if provider == "deepseek" else get_async_openai_client()
            )
            messages = []
            if system:
                messages.append({"role": "system", "content": system})
            messages.append({"role": "user", "content": prompt})
            completion = await client.chat.completions.create(
                model=model,
                messages=messages,
                max_tokens=max_tokens,
                temperature=temperature,
            )
            usage_log.input_tokens = completion.usage.prompt_tokens
            usage_log.output_tokens = completion.usage.completion_tokens
            return completion.choices[0].message.content or ""


multi_model_service = MultiModelService()
