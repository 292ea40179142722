"""Tracked entrypoint for model calls. New code should use `multi_model_service.generate_response`."""
from __future__ import annotations

import enum
import logging
from dataclasses import dataclass

from app.llm.clients import get_async_anthropic, get_async_openai
from app.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


@dataclass
class ModelChoice:
    provider: str
    model: str
    max_tokens: int


_CHOICES = {
    TaskComplexity.SIMPLE: ModelChoice("openai", "gpt-4o-mini", 512),
    TaskComplexity.STANDARD: ModelChoice("anthropic", "claude-3-5-haiku-20241022", 1024),
    TaskComplexity.AGENTIC: ModelChoice("anthropic", "claude-3-5-sonnet-20241022", 4096),
}


class MultiModelService:
    def choose(self, complexity: TaskComplexity) -> ModelChoice:
        return _CHOICES[complexity]

    async def generate_response(
        self,
        prompt: str,
        task_type: str,
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        workflow_id: str | None = None,
    ) -> str:
        choice = self.choose(complexity)
        async with llm_tracker.track_llm_call(
            provider=choice.provider,
            model=choice.model,
            feature_context=task_type,
            workflow_id=workflow_id,
        ) as usage_log:
            if choice.provider == "openai":
                messages = ([{"role": "system", "content": system}] if system else []) + [
                    {"role": "user", "content": prompt}
                ]
                resp = await get_async_openai().chat.completions.create(
                    model=choice.model, messages=messages, max_tokens=choice.max_tokens
                )
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
                return resp.choices[0].message.content or ""
            resp = await get_async_anthropic().messages.create(
                model=choice.model,
                max_tokens=choice.max_tokens,
                system=system or "",
                messages=[{"role": "user", "content": prompt}],
            )
            usage_log.input_tokens = resp.usage.input_tokens
            usage_log.output_tokens = resp.usage.output_tokens
            return "".join(b.text for b in resp.content if b.type == "text")


multi_model_service = MultiModelService()
