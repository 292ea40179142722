"""Tracked entry point for LLM generation.  New code should use this."""
from __future__ import annotations

import logging
from enum import Enum

from ..llm.clients import get_async_anthropic_client, get_async_openai_client
from .llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(str, Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


_ROUTES = {
    TaskComplexity.SIMPLE: ("openai", "gpt-4o-mini"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-3-5-sonnet-latest"),
}


class MultiModelService:
    async def generate_response(self, prompt: str, task_type: str = "chat",
                                complexity: TaskComplexity = TaskComplexity.SIMPLE,
                                system: str | None = None, max_tokens: int = 1024,
                                tenant: str | None = None) -> str:
        provider, model = _ROUTES[complexity]
        async with llm_tracker.track_llm_call(provider=provider, model=model,
                                              feature_context=task_type, tenant=tenant) as usage_log:
            if provider == "anthropic":
                msg = await get_async_anthropic_client().messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
                return "".join(b.text for b in msg.content if b.type == "text")

            messages = [{"role": "system", "content": system}] if system else []
            messages.append({"role": "user", "content": prompt})
            resp = await get_async_openai_client().chat.completions.create(
                model=model, messages=messages, max_tokens=max_tokens,
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content or ""


multi_model_service = MultiModelService()
