"""Tracked entry point for LLM generation.

New features should call ``multi_model_service.generate_response`` and never touch
the SDK clients directly; every call here is recorded by ``llm_tracker``.
"""
from __future__ import annotations

import enum
import logging
from typing import Optional

from llm.config import get_settings
from llm.provider import provider
from services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    MODERATE = "moderate"
    AGENTIC = "agentic"


_ROUTING = {
    TaskComplexity.SIMPLE: ("openai", "gpt-4o-mini"),
    TaskComplexity.MODERATE: ("anthropic", "claude-3-5-haiku-latest"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-3-5-sonnet-latest"),
}


class MultiModelService:
    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: Optional[str] = None,
        max_tokens: int = 512,
        conversation_id: Optional[str] = None,
    ) -> str:
        vendor, model = _ROUTING[complexity]
        async with llm_tracker.track_llm_call(
            provider=vendor, model=model, feature_context=task_type, conversation_id=conversation_id
        ) as usage_log:
            if vendor == "anthropic":
                msg = await provider.async_anthropic().messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
                return "".join(b.text for b in msg.content if b.type == "text")

            messages = [{"role": "user", "content": prompt}]
            if system:
                messages.insert(0, {"role": "system", "content": system})
            resp = provider.openai.chat.completions.create(
                model=model,
                messages=messages,
                max_tokens=max_tokens,
                temperature=get_settings().temperature,
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content or ""


multi_model_service = MultiModelService()
