"""Tracked entry point for LLM calls. New code should use ``generate_response``."""
from __future__ import annotations

import enum
import logging

from dashboard.llm.clients import get_async_anthropic_client, get_async_openai_client
from dashboard.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_ROUTES = {
    TaskComplexity.SIMPLE: ("openai", "gpt-4o-mini"),
    TaskComplexity.STANDARD: ("anthropic", "claude-3-5-haiku-20241022"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-3-5-sonnet-20241022"),
}


class MultiModelService:
    def __init__(self):
        self._openai = None
        self._anthropic = None

    @property
    def openai(self):
        if self._openai is None:
            self._openai = get_async_openai_client()
        return self._openai

    @property
    def anthropic(self):
        if self._anthropic is None:
            self._anthropic = get_async_anthropic_client()
        return self._anthropic

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        max_tokens: int = 1024,
    ) -> str:
        provider, model = _ROUTES[complexity]
        async with llm_tracker.track_llm_call(provider=provider, model=model, feature_context=task_type) as usage_log:
            if provider == "openai":
                messages = [{"role": "user", "content": prompt}]
                if system:
                    messages.insert(0, {"role": "system", "content": system})
                resp = await self.openai.chat.completions.create(model=model, messages=messages, max_tokens=max_tokens)
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
                return resp.choices[0].message.content or ""
            msg = await self.anthropic.messages.create(
                model=model,
                max_tokens=max_tokens,
                system=system or "You are a helpful analyst assistant.",
                messages=[{"role": "user", "content": prompt}],
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
            return "".join(b.text for b in msg.content if b.type == "text")


multi_model_service = MultiModelService()
