"""Tracked entry point for model calls (mirrors the backend's service).

New features should go through ``multi_model_service.generate_response`` so
cost shows up in the usage report.  The editor-specific FIM paths predate
this and still call the SDKs directly (see core/completion.py) -- migrating
them is tracked in the backlog.
"""
from __future__ import annotations

import enum
from typing import Optional

from .clients import get_anthropic, get_async_openai
from .config import current
from .llm_usage_tracker import llm_tracker


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


class MultiModelService:
    def __init__(self):
        self._settings = current

    def _pick(self, complexity: TaskComplexity):
        s = self._settings()
        if complexity is TaskComplexity.AGENTIC:
            return "anthropic", s.chat_model
        return "openai", s.openai_model

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: Optional[str] = None,
        max_tokens: int = 1024,
    ) -> str:
        provider, model = self._pick(complexity)
        async with llm_tracker.track_llm_call(provider=provider, model=model, feature_context=task_type) as usage_log:
            if provider == "anthropic":
                # sync client in a worker thread; the async one fights with Sublime's loop
                import asyncio

                message = await asyncio.to_thread(
                    get_anthropic().messages.create,
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = message.usage.input_tokens
                usage_log.output_tokens = message.usage.output_tokens
                return "".join(b.text for b in message.content if b.type == "text")

            messages = [{"role": "user", "content": prompt}]
            if system:
                messages.insert(0, {"role": "system", "content": system})
            resp = await get_async_openai().chat.completions.create(
                model=model, messages=messages, max_tokens=max_tokens
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content or ""


multi_model_service = MultiModelService()
