"""Tracked entry point for LLM generation.

New enrichment code should call ``multi_model_service.generate_response`` rather
than talking to vendor SDKs directly; every call here is wrapped in the usage
tracker.
"""
from __future__ import annotations

import enum
import logging
from typing import Optional

from enrichment.clients import get_async_anthropic_client, get_async_openai_client
from services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_ROUTING = {
    TaskComplexity.SIMPLE: ("openai", "gpt-4o-mini"),
    TaskComplexity.STANDARD: ("anthropic", "claude-3-5-haiku-latest"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-3-5-sonnet-latest"),
}


class MultiModelService:
    def __init__(self) -> None:
        self._calls = 0

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: Optional[str] = None,
        max_tokens: int = 512,
        json_mode: bool = False,
    ) -> str:
        provider, model = _ROUTING[complexity]
        self._calls += 1
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            if provider == "openai":
                messages = [{"role": "user", "content": prompt}]
                if system:
                    messages.insert(0, {"role": "system", "content": system})
                kwargs = {"response_format": {"type": "json_object"}} if json_mode else {}
                resp = await get_async_openai_client().chat.completions.create(
                    model=model, messages=messages, max_tokens=max_tokens, **kwargs
                )
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
                return resp.choices[0].message.content or ""

            msg = await get_async_anthropic_client().messages.create(
                model=model,
                max_tokens=max_tokens,
                system=system or "You are a helpful data-enrichment assistant.",
                messages=[{"role": "user", "content": prompt}],
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
            return "".join(b.text for b in msg.content if b.type == "text")


multi_model_service = MultiModelService()
