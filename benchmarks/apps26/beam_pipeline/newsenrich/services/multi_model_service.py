"""Tracked model routing for pipeline code.

Same contract as the backend's multi_model_service: callers describe the task,
we pick a model and record usage. Every provider call in here runs inside
``llm_tracker.track_llm_call``.
"""
from __future__ import annotations

import enum
import logging
from typing import Any, Dict, Optional

from anthropic import AsyncAnthropic
from openai import AsyncOpenAI

from newsenrich import config
from newsenrich.services.llm_usage_tracker import llm_tracker

_LOG = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


_ROUTES: Dict[tuple, Dict[str, str]] = {
    ("summary", TaskComplexity.SIMPLE): {"provider": "openai", "model": "gpt-4o-mini"},
    ("summary", TaskComplexity.AGENTIC): {"provider": "anthropic", "model": "claude-sonnet-4-20250514"},
    ("chat", TaskComplexity.SIMPLE): {"provider": "openai", "model": "gpt-4o-mini"},
    ("headline", TaskComplexity.SIMPLE): {"provider": "anthropic", "model": "claude-3-5-haiku-latest"},
}


class MultiModelService:
    def __init__(self) -> None:
        self._openai: Optional[AsyncOpenAI] = None
        self._anthropic: Optional[AsyncAnthropic] = None

    def _oa(self) -> AsyncOpenAI:
        if self._openai is None:
            self._openai = AsyncOpenAI(api_key=config.resolve_secret("openai-api-key"))
        return self._openai

    def _an(self) -> AsyncAnthropic:
        if self._anthropic is None:
            self._anthropic = AsyncAnthropic(api_key=config.resolve_secret("anthropic-api-key"))
        return self._anthropic

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: Optional[str] = None,
        max_tokens: int = 512,
        **_: Any,
    ) -> str:
        route = _ROUTES.get((task_type, complexity)) or _ROUTES[("chat", TaskComplexity.SIMPLE)]
        provider, model = route["provider"], route["model"]
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=f"newsenrich:{task_type}"
        ) as usage_log:
            if provider == "anthropic":
                msg = await self._an().messages.create(
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
            resp = await self._oa().chat.completions.create(model=model, messages=messages, max_tokens=max_tokens)
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content or ""


multi_model_service = MultiModelService()
