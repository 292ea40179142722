"""Tracked entry point for ad-hoc generations (platform policy).

Routes a prompt to a provider based on task type / complexity and records the
usage through ``llm_tracker``.
"""
from __future__ import annotations

import enum
import logging
from dataclasses import dataclass
from typing import Optional

from app.clients import get_async_anthropic_client, get_async_groq_client
from app.config import get_config
from app.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


@dataclass
class GenerationResult:
    text: str
    provider: str
    model: str
    input_tokens: int
    output_tokens: int


class MultiModelService:
    def __init__(self) -> None:
        self._cfg = get_config()

    def _route(self, task_type: str, complexity: TaskComplexity) -> tuple[str, str]:
        if complexity == TaskComplexity.SIMPLE and task_type in {"chat", "classification", "rewrite"}:
            return "groq", self._cfg.groq_model
        return "anthropic", self._cfg.anthropic_model

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.STANDARD,
        system: Optional[str] = None,
        max_tokens: int = 1024,
        tenant_id: Optional[str] = None,
    ) -> GenerationResult:
        provider, model = self._route(task_type, complexity)
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type, tenant_id=tenant_id
        ) as usage_log:
            if provider == "groq":
                client = get_async_groq_client()
                messages = ([{"role": "system", "content": system}] if system else []) + [
                    {"role": "user", "content": prompt}
                ]
                resp = await client.chat.completions.create(model=model, messages=messages, max_tokens=max_tokens)
                text = resp.choices[0].message.content or ""
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
            else:
                client = get_async_anthropic_client()
                msg = await client.messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "You are a helpful assistant.",
                    messages=[{"role": "user", "content": prompt}],
                )
                text = msg.content[0].text
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
        return GenerationResult(text, provider, model, usage_log.input_tokens, usage_log.output_tokens)


multi_model_service = MultiModelService()
