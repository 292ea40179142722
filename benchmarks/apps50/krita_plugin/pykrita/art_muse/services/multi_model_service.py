"""Single entry point for text generation with usage tracking.

    response = await multi_model_service.generate_response(
        prompt="...", task_type="prompt_writing", complexity=TaskComplexity.SIMPLE)
"""
from __future__ import annotations

import enum
import logging

from .. import settings
from ..backends.clients import anthropic_client, fireworks_client, openai_client
from .llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


DEFAULT_SYSTEM = "You are an assistant for digital painters working in Krita."


class MultiModelService:
    def _route(self, task_type: str, complexity: TaskComplexity) -> str:
        cfg = settings.current()
        if task_type == "variations":
            return "fireworks"
        if complexity is TaskComplexity.AGENTIC:
            return "anthropic"
        return cfg.text_provider

    async def generate_response(self, prompt: str, task_type: str = "chat",
                                complexity: TaskComplexity = TaskComplexity.SIMPLE,
                                system: str = DEFAULT_SYSTEM, max_tokens: int | None = None) -> str:
        cfg = settings.current()
        provider = self._route(task_type, complexity)
        max_tokens = max_tokens or cfg.max_tokens

        if provider == "anthropic":
            async with llm_tracker.track_llm_call(
                provider="anthropic", model=cfg.anthropic_model, feature_context=task_type
            ) as usage_log:
                msg = anthropic_client().messages.create(
                    model=cfg.anthropic_model,
                    max_tokens=max_tokens,
                    system=system,
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
            return "".join(b.text for b in msg.content if b.type == "text")

        client, model = (
            (fireworks_client(), cfg.fireworks_model) if provider == "fireworks"
            else (openai_client(), cfg.openai_chat_model)
        )
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            resp = client.chat.completions.create(
                model=model,
                messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
                max_tokens=max_tokens,
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return resp.choices[0].message.content or ""


multi_model_service = MultiModelService()
