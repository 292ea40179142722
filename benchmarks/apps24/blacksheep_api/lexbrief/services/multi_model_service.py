"""The tracked path for model calls.

generate_response() picks a provider from task_type/complexity and records usage.
"""
from __future__ import annotations

import enum
import logging
from dataclasses import dataclass

from anthropic import AsyncAnthropic
from openai import AsyncOpenAI

from lexbrief.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


@dataclass
class LLMResponse:
    text: str
    model: str
    provider: str
    input_tokens: int
    output_tokens: int


ROUTING = {
    TaskComplexity.SIMPLE: ("openai", "gpt-4.1-mini"),
    TaskComplexity.STANDARD: ("openai", "gpt-4.1"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-sonnet-4-20250514"),
}


class MultiModelService:
    def __init__(self) -> None:
        self._openai: AsyncOpenAI | None = None
        self._anthropic: AsyncAnthropic | None = None

    def configure(self, openai_client: AsyncOpenAI, anthropic_client: AsyncAnthropic) -> None:
        self._openai = openai_client
        self._anthropic = anthropic_client

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        matter_id: str | None = None,
        max_tokens: int = 1024,
    ) -> LLMResponse:
        provider, model = ROUTING[complexity]
        if self._openai is None or self._anthropic is None:
            raise RuntimeError("multi_model_service used before configure()")
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type, matter_id=matter_id
        ) as usage_log:
            if provider == "anthropic":
                msg = await self._anthropic.messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "You are a careful legal assistant.",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
                text = "".join(b.text for b in msg.content if b.type == "text")
            else:
                messages = [{"role": "user", "content": prompt}]
                if system:
                    messages.insert(0, {"role": "system", "content": system})
                resp = await self._openai.chat.completions.create(
                    model=model, messages=messages, max_tokens=max_tokens
                )
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
                text = resp.choices[0].message.content or ""
        return LLMResponse(
            text=text,
            model=model,
            provider=provider,
            input_tokens=usage_log.input_tokens,
            output_tokens=usage_log.output_tokens,
        )


multi_model_service = MultiModelService()
