"""Tracked entry point for model calls.

``generate_response`` picks a provider by task type/complexity and records
usage through ``llm_tracker``. Prefer this over calling the SDKs.
"""
from __future__ import annotations

import enum
import logging
from dataclasses import dataclass

from minutes_mate.services.clients import (
    get_async_anthropic_client,
    get_async_openai_client,
    get_mistral_client,
)
from minutes_mate.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


@dataclass
class ModelChoice:
    provider: str
    model: str


ROUTES: dict[tuple[str, TaskComplexity], ModelChoice] = {
    ("chat", TaskComplexity.SIMPLE): ModelChoice("openai", "gpt-4o-mini"),
    ("summary", TaskComplexity.STANDARD): ModelChoice("anthropic", "claude-3-5-sonnet-20241022"),
    ("summary", TaskComplexity.SIMPLE): ModelChoice("anthropic", "claude-3-5-haiku-20241022"),
    ("followup", TaskComplexity.STANDARD): ModelChoice("mistral", "mistral-large-latest"),
    ("action_items", TaskComplexity.AGENTIC): ModelChoice("openai", "gpt-4o"),
}


class MultiModelService:
    def choose(self, task_type: str, complexity: TaskComplexity) -> ModelChoice:
        return ROUTES.get((task_type, complexity)) or ROUTES[("chat", TaskComplexity.SIMPLE)]

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        max_tokens: int = 1024,
    ) -> str:
        choice = self.choose(task_type, complexity)
        async with llm_tracker.track_llm_call(
            provider=choice.provider, model=choice.model, feature_context=task_type
        ) as usage_log:
            if choice.provider == "anthropic":
                client = get_async_anthropic_client()
                msg = await client.messages.create(
                    model=choice.model,
                    max_tokens=max_tokens,
                    system=system or "You are a concise meeting assistant.",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
                return "".join(b.text for b in msg.content if b.type == "text")

            if choice.provider == "mistral":
                client = get_mistral_client()
                messages = [{"role": "user", "content": prompt}]
                if system:
                    messages.insert(0, {"role": "system", "content": system})
                resp = await client.chat.complete_async(model=choice.model, messages=messages)
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
                return resp.choices[0].message.content

            client = get_async_openai_client()
            messages = [{"role": "user", "content": prompt}]
            if system:
                messages.insert(0, {"role": "system", "content": system})
            completion = await client.chat.completions.create(
                model=choice.model, messages=messages, max_tokens=max_tokens
            )
            usage_log.input_tokens = completion.usage.prompt_tokens
            usage_log.output_tokens = completion.usage.completion_tokens
            return completion.choices[0].message.content or ""


multi_model_service = MultiModelService()
