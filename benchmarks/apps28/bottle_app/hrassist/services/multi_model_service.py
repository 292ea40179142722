"""Multi-model routing service: the tracked entry point for LLM calls.

New code should call ``multi_model_service.generate_response(...)`` and
never touch an SDK client directly.  Routing is intentionally simple:
SIMPLE -> small OpenAI model, AGENTIC -> Claude.
"""

from __future__ import annotations

import enum
import logging
import os

from anthropic import AsyncAnthropic
from openai import AsyncOpenAI

from hrassist.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


_ROUTES = {
    TaskComplexity.SIMPLE: ("openai", "gpt-4o-mini"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-3-5-sonnet-20241022"),
}


class MultiModelService:
    def __init__(self):
        self._openai: AsyncOpenAI | None = None
        self._anthropic: AsyncAnthropic | None = None

    @property
    def openai(self) -> AsyncOpenAI:
        if self._openai is None:
            self._openai = AsyncOpenAI(api_key=os.environ.get("OPENAI_API_KEY"))
        return self._openai

    @property
    def anthropic(self) -> AsyncAnthropic:
        if self._anthropic is None:
            self._anthropic = AsyncAnthropic(api_key=os.environ.get("ANTHROPIC_API_KEY"))
        return self._anthropic

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        max_tokens: int = 800,
        user_id: str | None = None,
    ) -> str:
        provider, model = _ROUTES[complexity]
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type, user_id=user_id
        ) as usage_log:
            if provider == "openai":
                messages = []
                if system:
                    messages.append({"role": "system", "content": system})
                messages.append({"role": "user", "content": prompt})
                resp = await self.openai.chat.completions.create(
                    model=model, messages=messages, max_tokens=max_tokens
                )
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
                return resp.choices[0].message.content or ""

            resp = await self.anthropic.messages.create(
                model=model,
                max_tokens=max_tokens,
                system=system or "You are an HR policy assistant.",
                messages=[{"role": "user", "content": prompt}],
            )
            usage_log.input_tokens = resp.usage.input_tokens
            usage_log.output_tokens = resp.usage.output_tokens
            return "".join(block.text for block in resp.content if block.type == "text")


multi_model_service = MultiModelService()
