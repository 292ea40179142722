"""Routes prompts to a model by task type and complexity, with usage tracking."""
from __future__ import annotations

import enum
import logging

from research_assistant.core.clients import get_anthropic_client, get_async_openai_client
from research_assistant.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    MODERATE = "moderate"
    AGENTIC = "agentic"


_ROUTES = {
    TaskComplexity.SIMPLE: ("openai", "gpt-4o-mini"),
    TaskComplexity.MODERATE: ("openai", "gpt-4o"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-3-5-sonnet-latest"),
}


class MultiModelService:
    def __init__(self):
        self._overrides: dict[str, tuple[str, str]] = {}

    def override(self, task_type: str, provider: str, model: str) -> None:
        self._overrides[task_type] = (provider, model)

    def route(self, task_type: str, complexity: TaskComplexity) -> tuple[str, str]:
        return self._overrides.get(task_type) or _ROUTES[complexity]

    async def generate_response(self, prompt: str, task_type: str = "chat",
                                complexity: TaskComplexity = TaskComplexity.SIMPLE,
                                system: str | None = None, max_tokens: int = 1024) -> str:
        provider, model = self.route(task_type, complexity)
        if provider == "anthropic":
            client = get_anthropic_client()
            async with llm_tracker.track_llm_call(
                provider="anthropic", model=model, feature_context=task_type
            ) as usage_log:
                msg = client.messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "You are a helpful research assistant.",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
            return "".join(b.text for b in msg.content if b.type == "text")

        client = get_async_openai_client()
        messages = ([{"role": "system", "content": system}] if system else []) + [
            {"role": "user", "content": prompt}
        ]
        async with llm_tracker.track_llm_call(
            provider="openai", model=model, feature_context=task_type
        ) as usage_log:
            resp = await client.chat.completions.create(
                model=model, messages=messages, max_tokens=max_tokens
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return resp.choices[0].message.content or ""


multi_model_service = MultiModelService()
