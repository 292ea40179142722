"""Tracked entry point for model calls.

Routes a prompt to a model by task type / complexity and records usage through
`llm_tracker`. New features should call `multi_model_service.generate_response`.
"""
from __future__ import annotations

import enum
from typing import Optional

from google.genai import types as genai_types

from common.clients import get_async_anthropic, get_genai
from common.llm_usage_tracker import llm_tracker


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


_ROUTES = {
    TaskComplexity.SIMPLE: ("google", "gemini-2.5-flash"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-sonnet-4-20250514"),
}


class MultiModelService:
    async def generate_response(self, prompt: str, task_type: str = "chat",
                                complexity: TaskComplexity = TaskComplexity.SIMPLE,
                                system: Optional[str] = None, max_tokens: int = 1024,
                                user_email: Optional[str] = None) -> str:
        provider, model = _ROUTES[complexity]
        async with llm_tracker.track_llm_call(provider=provider, model=model,
                                              feature_context=task_type,
                                              user_email=user_email) as usage_log:
            if provider == "anthropic":
                msg = await get_async_anthropic().messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "You are a helpful assistant for ACME employees.",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
                return "".join(b.text for b in msg.content if b.type == "text")

            resp = await get_genai().aio.models.generate_content(
                model=model,
                contents=prompt,
                config=genai_types.GenerateContentConfig(
                    system_instruction=system, max_output_tokens=max_tokens
                ),
            )
            meta = resp.usage_metadata
            usage_log.input_tokens = meta.prompt_token_count or 0
            usage_log.output_tokens = meta.candidates_token_count or 0
            return resp.text or ""


multi_model_service = MultiModelService()
