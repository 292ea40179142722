"""Tracked entry point for LLM calls. Prefer this in new flows."""
from __future__ import annotations

import enum
import logging
from dataclasses import dataclass

from llmkit.clients import get_async_anthropic_client, get_async_openai_client
from llmkit.config import settings
from llmkit.llm_usage_tracker import llm_tracker

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


class MultiModelService:
    ROUTING = {
        TaskComplexity.SIMPLE: ("openai", settings.models.openai_chat),
        TaskComplexity.STANDARD: ("anthropic", settings.models.anthropic_fast),
        TaskComplexity.AGENTIC: ("anthropic", settings.models.anthropic_chat),
    }

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        max_tokens: int = 1024,
    ) -> ServiceResponse:
        provider, model = self.ROUTING[complexity]
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            if provider == "openai":
                messages = [{"role": "user", "content": prompt}]
                if system:
                    messages.insert(0, {"role": "system", "content": system})
                resp = await get_async_openai_client().chat.completions.create(
                    model=model, messages=messages, max_tokens=max_tokens
                )
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
                text = resp.choices[0].message.content or ""
            else:
                msg = await get_async_anthropic_client().messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "You are a helpful assistant.",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
                text = "".join(b.text for b in msg.content if b.type == "text")
        return ServiceResponse(text, model, provider, usage_log.input_tokens, usage_log.output_tokens)


multi_model_service = MultiModelService()
