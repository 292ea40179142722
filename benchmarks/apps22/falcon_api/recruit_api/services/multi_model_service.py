"""Tracked entry point for LLM generation.

New code should call ``multi_model_service.generate_response(...)`` instead of
touching SDK clients directly; every request made here is recorded through
``llm_tracker``.
"""
from __future__ import annotations

import enum
import logging
from dataclasses import dataclass
from typing import Optional

from recruit_api.clients import get_anthropic_client, get_openai_client
from recruit_api.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


@dataclass(frozen=True)
class Route:
    provider: str
    model: str
    max_tokens: int


_ROUTES: dict[TaskComplexity, Route] = {
    TaskComplexity.SIMPLE: Route("openai", "gpt-4o-mini", 800),
    TaskComplexity.STANDARD: Route("openai", "gpt-4o", 1500),
    TaskComplexity.AGENTIC: Route("anthropic", "claude-3-5-sonnet-20241022", 4000),
}


class MultiModelService:
    def __init__(self) -> None:
        self._openai = None
        self._anthropic = None

    @property
    def openai(self):
        if self._openai is None:
            self._openai = get_openai_client()
        return self._openai

    @property
    def anthropic(self):
        if self._anthropic is None:
            self._anthropic = get_anthropic_client()
        return self._anthropic

    def route_for(self, task_type: str, complexity: TaskComplexity) -> Route:
        route = _ROUTES[complexity]
        if task_type == "cv_screening" and complexity is TaskComplexity.SIMPLE:
            # haiku is better than 4o-mini at following the rubric
            return Route("anthropic", "claude-3-5-haiku-20241022", 1000)
        return route

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: Optional[str] = None,
        tenant_id: Optional[str] = None,
        temperature: float = 0.2,
    ) -> str:
        route = self.route_for(task_type, complexity)
        async with llm_tracker.track_llm_call(
            provider=route.provider,
            model=route.model,
            feature_context=task_type,
            tenant_id=tenant_id,
        ) as usage_log:
            if route.provider == "anthropic":
                msg = self.anthropic.messages.create(
                    model=route.model,
                    max_tokens=route.max_tokens,
                    system=system or "You are a helpful recruiting assistant.",
                    messages=[{"role": "user", "content": prompt}],
                    temperature=temperature,
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
                return "".join(b.text for b in msg.content if b.type == "text")

            messages = []
            if system:
                messages.append({"role": "system", "content": system})
            messages.append({"role": "user", "content": prompt})
            resp = self.openai.chat.completions.create(
                model=route.model,
                messages=messages,
                max_tokens=route.max_tokens,
                temperature=temperature,
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content or ""


multi_model_service = MultiModelService()
