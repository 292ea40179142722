"""Tracked entry point for LLM calls.

``multi_model_service.generate_response(prompt=..., task_type=..., complexity=...)``
picks a model by task complexity, calls it and records tokens through
``llm_tracker``. Prefer this over reaching for SDK clients directly.
"""
from __future__ import annotations

import enum
import logging

from config import settings
from core.clients import get_anthropic_client, get_groq_client, get_openai_client
from core.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_ROUTES = {
    TaskComplexity.SIMPLE: ("groq", settings.groq_model),
    TaskComplexity.STANDARD: ("openai", settings.openai_model),
    TaskComplexity.AGENTIC: ("anthropic", settings.anthropic_model),
}


class MultiModelService:
    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.STANDARD,
        system: str | None = None,
        max_tokens: int = 1024,
    ) -> str:
        provider, model = _ROUTES[complexity]
        messages = [{"role": "user", "content": prompt}]
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            if provider == "anthropic":
                resp = await get_anthropic_client().messages.create(
                    model=model,
                    system=system or "You are a concise assistant.",
                    messages=messages,
                    max_tokens=max_tokens,
                )
                usage_log.input_tokens = resp.usage.input_tokens
                usage_log.output_tokens = resp.usage.output_tokens
                return "".join(b.text for b in resp.content if b.type == "text")

            client = get_groq_client() if provider == "groq" else get_openai_client()
            if system:
                messages.insert(0, {"role": "system", "content": system})
            resp = await client.chat.completions.create(
                model=model, messages=messages, max_tokens=max_tokens
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content or ""


multi_model_service = MultiModelService()
