"""Tracked entry point for LLM generation.

Picks a provider/model per (task_type, complexity) and records usage through
`llm_tracker`. New code should call `multi_model_service.generate_response(...)`.
"""
from __future__ import annotations

import enum
import logging
from dataclasses import dataclass

from app.providers import get_async_anthropic_client, get_async_openai_client
from app.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    MODERATE = "moderate"
    AGENTIC = "agentic"


@dataclass(frozen=True)
class Route:
    provider: str
    model: str
    max_tokens: int


_ROUTES: dict[TaskComplexity, Route] = {
    TaskComplexity.SIMPLE: Route("openai", "gpt-4o-mini", 512),
    TaskComplexity.MODERATE: Route("openai", "gpt-4o", 1024),
    TaskComplexity.AGENTIC: Route("anthropic", "claude-3-5-sonnet-20241022", 2048),
}


class MultiModelService:
    def __init__(self) -> None:
        self._openai = None
        self._anthropic = None

    def _route(self, task_type: str, complexity: TaskComplexity) -> Route:
        if task_type == "summary" and complexity is TaskComplexity.SIMPLE:
            return Route("openai", "gpt-4o-mini", 256)
        return _ROUTES[complexity]

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        tenant_id: str | None = None,
    ) -> str:
        route = self._route(task_type, complexity)
        async with llm_tracker.track_llm_call(
            provider=route.provider, model=route.model, feature_context=task_type, tenant_id=tenant_id
        ) as usage_log:
            if route.provider == "anthropic":
                self._anthropic = self._anthropic or get_async_anthropic_client()
                msg = await self._anthropic.messages.create(
                    model=route.model,
                    max_tokens=route.max_tokens,
                    system=system or "You are a helpful customer operations assistant.",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
                return "".join(b.text for b in msg.content if b.type == "text")

            self._openai = self._openai or get_async_openai_client()
            messages = [{"role": "user", "content": prompt}]
            if system:
                messages.insert(0, {"role": "system", "content": system})
            resp = await self._openai.chat.completions.create(
                model=route.model, messages=messages, max_tokens=route.max_tokens
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content or ""


multi_model_service = MultiModelService()
