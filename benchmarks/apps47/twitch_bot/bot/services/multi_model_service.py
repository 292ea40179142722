"""Tracked entry point for LLM calls.

New features should call ``multi_model_service.generate_response(...)``; it picks a
model by complexity and records usage through ``llm_tracker``.
"""
from __future__ import annotations

import enum
import logging

from bot.llm.clients import get_anthropic, get_groq, get_openai
from bot.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_ROUTES: dict[TaskComplexity, tuple[str, str]] = {
    TaskComplexity.SIMPLE: ("groq", "llama-3.1-8b-instant"),
    TaskComplexity.STANDARD: ("openai", "gpt-4o-mini"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-sonnet-4-20250514"),
}


class MultiModelService:
    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        max_tokens: int = 200,
        channel: str | None = None,
    ) -> str:
        provider, model = _ROUTES[complexity]
        if provider == "anthropic":
            return await self._anthropic(prompt, model, task_type, system, max_tokens, channel)
        client = get_groq() if provider == "groq" else get_openai()
        messages = [{"role": "user", "content": prompt}]
        if system:
            messages.insert(0, {"role": "system", "content": system})
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type, channel=channel
        ) as usage_log:
            resp = await client.chat.completions.create(
                model=model, messages=messages, max_tokens=max_tokens
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return (resp.choices[0].message.content or "").strip()

    async def _anthropic(self, prompt, model, task_type, system, max_tokens, channel) -> str:
        client = get_anthropic()
        async with llm_tracker.track_llm_call(
            provider="anthropic", model=model, feature_context=task_type, channel=channel
        ) as usage_log:
            resp = await client.messages.create(
                model=model,
                max_tokens=max_tokens,
                system=system or "",
                messages=[{"role": "user", "content": prompt}],
            )
            usage_log.input_tokens = resp.usage.input_tokens
            usage_log.output_tokens = resp.usage.output_tokens
        return "".join(b.text for b in resp.content if b.type == "text").strip()


multi_model_service = MultiModelService()
