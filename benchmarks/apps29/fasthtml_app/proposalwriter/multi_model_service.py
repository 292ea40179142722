"""The one sanctioned way to ask a model for text.

New code should call `multi_model_service.generate_response(...)`; it picks a model by
task complexity and records usage through `llm_tracker`.
"""
from __future__ import annotations

import enum
import logging

from .llm_usage_tracker import llm_tracker
from .services import services

log = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_ROUTING = {
    TaskComplexity.SIMPLE: ("openai", "gpt-4o-mini"),
    TaskComplexity.STANDARD: ("anthropic", "claude-3-5-haiku-latest"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-sonnet-4-20250514"),
}


class MultiModelService:
    def __init__(self, svc=services) -> None:
        self.svc = svc

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        max_tokens: int = 1024,
    ) -> str:
        provider, model = _ROUTING[complexity]
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            if provider == "openai":
                messages = []
                if system:
                    messages.append({"role": "system", "content": system})
                messages.append({"role": "user", "content": prompt})
                resp = await self.svc.async_openai.chat.completions.create(
                    model=model, messages=messages, max_tokens=max_tokens
                )
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
                return resp.choices[0].message.content or ""
            resp = await self.svc.async_anthropic.messages.create(
                model=model,
                max_tokens=max_tokens,
                system=system or "You are a helpful proposal writer.",
                messages=[{"role": "user", "content": prompt}],
            )
            usage_log.input_tokens = resp.usage.input_tokens
            usage_log.output_tokens = resp.usage.output_tokens
            return "".join(block.text for block in resp.content if block.type == "text")


multi_model_service = MultiModelService()
