"""Routing + tracking wrapper around the provider SDKs.

New code should call ``multi_model_service.generate_response(...)`` instead of
using a client directly: it picks a model for the task and records usage.
"""
from __future__ import annotations

import enum
import logging
from dataclasses import dataclass

from ai.clients import get_anthropic_client, get_genai_client, get_openai_client

from .llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


@dataclass
class ModelChoice:
    provider: str
    model: str
    max_tokens: int = 1024


ROUTING = {
    TaskComplexity.SIMPLE: ModelChoice("google", "gemini-2.0-flash", 512),
    TaskComplexity.STANDARD: ModelChoice("openai", "gpt-4o-mini", 1024),
    TaskComplexity.AGENTIC: ModelChoice("anthropic", "claude-3-5-sonnet-latest", 4096),
}


class MultiModelService:
    def choose(self, task_type: str, complexity: TaskComplexity) -> ModelChoice:
        choice = ROUTING[complexity]
        logger.debug("task %s routed to %s/%s", task_type, choice.provider, choice.model)
        return choice

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
    ) -> str:
        choice = self.choose(task_type, complexity)
        async with llm_tracker.track_llm_call(
            provider=choice.provider, model=choice.model, feature_context=task_type
        ) as usage_log:
            if choice.provider == "anthropic":
                message = get_anthropic_client().messages.create(
                    model=choice.model,
                    max_tokens=choice.max_tokens,
                    system=system or "",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = message.usage.input_tokens
                usage_log.output_tokens = message.usage.output_tokens
                return "".join(b.text for b in message.content if b.type == "text")
            if choice.provider == "openai":
                messages = [{"role": "user", "content": prompt}]
                if system:
                    messages.insert(0, {"role": "system", "content": system})
                completion = get_openai_client().chat.completions.create(
                    model=choice.model, messages=messages, max_tokens=choice.max_tokens
                )
                usage_log.input_tokens = completion.usage.prompt_tokens
                usage_log.output_tokens = completion.usage.completion_tokens
                return completion.choices[0].message.content or ""
            response = get_genai_client().models.generate_content(
                model=choice.model,
                contents=prompt if not system else f"{system}\n\n{prompt}",
            )
            usage_log.input_tokens = response.usage_metadata.prompt_token_count or 0
            usage_log.output_tokens = response.usage_metadata.candidates_token_count or 0
            return response.text or ""


multi_model_service = MultiModelService()
