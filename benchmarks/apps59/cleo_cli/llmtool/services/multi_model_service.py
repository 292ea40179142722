"""Tracked entry point for LLM generation. New code should call
``multi_model_service.generate_response`` instead of touching SDKs."""
from __future__ import annotations

import enum
import logging

from llmtool.config import get_settings
from llmtool.providers.anthropic_provider import make_async_anthropic_client
from llmtool.providers.openai_provider import get_async_openai_client
from llmtool.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_MODEL_BY_COMPLEXITY = {
    TaskComplexity.SIMPLE: ("openai", "gpt-4o-mini"),
    TaskComplexity.STANDARD: ("openai", "gpt-4o"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-3-5-sonnet-20240620"),
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
            self._anthropic = make_async_anthropic_client(get_settings())
        return self._anthropic

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        max_tokens: int = 1024,
    ) -> str:
        provider, model = _MODEL_BY_COMPLEXITY[complexity]
        async with llm_tracker.track_llm_call(provider=provider, model=model, feature_context=task_type) as usage_log:
            if provider == "anthropic":
                response = await self.anthropic.messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "You are a helpful documentation assistant.",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = response.usage.input_tokens
                usage_log.output_tokens = response.usage.output_tokens
                return "".join(block.text for block in response.content if block.type == "text")

            messages = [{"role": "user", "content": prompt}]
            if system:
                messages.insert(0, {"role": "system", "content": system})
            response = await self.openai.chat.completions.create(
                model=model, messages=messages, max_tokens=max_tokens
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
            return response.choices[0].message.content or ""


multi_model_service = MultiModelService()
