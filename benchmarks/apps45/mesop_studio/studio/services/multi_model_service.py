"""Tracked entry point for model calls.

New code should call ``multi_model_service.generate_response`` rather than
touching the backends registry directly: it routes by task + complexity and
records usage through ``llm_tracker``.
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass

from studio.backends import get_async_anthropic_client, get_async_openai_client
from studio.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


@dataclass
class ServiceResponse:
    text: str
    model: str
    provider: str
    input_tokens: int
    output_tokens: int


_ROUTES = {
    TaskComplexity.SIMPLE: ("openai", "gpt-4o-mini"),
    TaskComplexity.STANDARD: ("anthropic", "claude-3-5-haiku-latest"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-3-5-sonnet-latest"),
}


class MultiModelService:
    def __init__(self) -> None:
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
        temperature: float = 0.3,
    ) -> ServiceResponse:
        provider, model = _ROUTES[complexity]
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            if provider == "openai":
                messages = [{"role": "system", "content": system}] if system else []
                messages.append({"role": "user", "content": prompt})
                resp = await self.openai.chat.completions.create(
                    model=model, messages=messages, max_tokens=max_tokens, temperature=temperature
                )
                text = resp.choices[0].message.content or ""
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
            else:
                msg = await self.anthropic.messages.create(
                    model=model,
                    system=system or "You are a helpful assistant.",
                    max_tokens=max_tokens,
                    temperature=temperature,
                    messages=[{"role": "user", "content": prompt}],
                )
                text = "".join(b.text for b in msg.content if b.type == "text")
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
        return ServiceResponse(
            text=text,
            model=model,
            provider=provider,
            input_tokens=usage_log.input_tokens,
            output_tokens=usage_log.output_tokens,
        )


multi_model_service = MultiModelService()
