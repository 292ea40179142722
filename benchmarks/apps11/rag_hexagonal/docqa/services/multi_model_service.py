"""Tracked entry point for simple prompt -> text generations.

Picks a vendor/model from the task type and complexity, records usage through
`llm_tracker`, and falls back to the next vendor when one is down.
"""
from __future__ import annotations

import enum
import logging
from typing import List, Optional, Tuple

import anthropic
import openai

from docqa.adapters.clients import (
    get_async_anthropic_client,
    get_async_openai_client,
    get_genai_client,
)
from docqa.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_ROUTES = {
    TaskComplexity.SIMPLE: [("gemini", "gemini-2.0-flash"), ("openai", "gpt-4o-mini")],
    TaskComplexity.STANDARD: [("openai", "gpt-4.1"), ("anthropic", "claude-sonnet-4-20250514")],
    TaskComplexity.AGENTIC: [("anthropic", "claude-sonnet-4-20250514"), ("openai", "gpt-4.1")],
}


class MultiModelService:
    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: Optional[str] = None,
        max_tokens: int = 1024,
    ) -> str:
        errors: List[Tuple[str, Exception]] = []
        for provider, model in _ROUTES[complexity]:
            try:
                return await self._call(provider, model, prompt, system, max_tokens, task_type)
            except (openai.APIError, anthropic.APIError, ConnectionError) as exc:
                logger.warning("multi_model_service: %s/%s failed: %s", provider, model, exc)
                errors.append((provider, exc))
        raise RuntimeError(f"all providers failed for {task_type}: {errors}")

    async def _call(
        self, provider: str, model: str, prompt: str, system: Optional[str], max_tokens: int, task_type: str
    ) -> str:
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            if provider == "openai":
                resp = await get_async_openai_client().responses.create(
                    model=model,
                    instructions=system,
                    input=prompt,
                    max_output_tokens=max_tokens,
                )
                usage_log.input_tokens = resp.usage.input_tokens
                usage_log.output_tokens = resp.usage.output_tokens
                return resp.output_text
            if provider == "anthropic":
                msg = await get_async_anthropic_client().messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system or anthropic.NOT_GIVEN,
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
                return "".join(b.text for b in msg.content if b.type == "text")
            if provider == "gemini":
                resp = await get_genai_client().aio.models.generate_content(
                    model=model,
                    contents=prompt,
                    config={"system_instruction": system, "max_output_tokens": max_tokens},
                )
                meta = resp.usage_metadata
                usage_log.input_tokens = meta.prompt_token_count or 0
                usage_log.output_tokens = meta.candidates_token_count or 0
                return resp.text or ""
        raise ValueError(f"unknown provider {provider}")


multi_model_service = MultiModelService()

__all__ = ["MultiModelService", "TaskComplexity", "multi_model_service"]
