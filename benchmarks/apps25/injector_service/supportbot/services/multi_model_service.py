"""Tracked, provider-agnostic generation.

``multi_model_service`` is a module-level instance so that call sites can use
``from supportbot.services.multi_model_service import multi_model_service``
(the same import every other Ledgerline service uses). It is bound to the
application injector at startup by ``supportbot.app.lifespan`` and by the
worker's ``main()``.
"""
from __future__ import annotations

import enum
import logging
from dataclasses import dataclass

import anthropic
from injector import Injector

from supportbot.keys import DeepSeekClient, FastIntentClient, PrimaryChatClient
from supportbot.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


@dataclass(frozen=True)
class Route:
    provider: str
    model: str


_ROUTES: dict[TaskComplexity, Route] = {
    TaskComplexity.SIMPLE: Route("cerebras", "llama3.1-8b"),
    TaskComplexity.STANDARD: Route("openai", "gpt-4o-mini"),
    TaskComplexity.AGENTIC: Route("anthropic", "claude-sonnet-4-20250514"),
}

_TASK_OVERRIDES: dict[str, Route] = {
    "fraud_explanation": Route("deepseek", "deepseek-chat"),
}


class MultiModelService:
    def __init__(self) -> None:
        self._injector: Injector | None = None

    def bind(self, injector: Injector) -> None:
        self._injector = injector

    @property
    def injector(self) -> Injector:
        if self._injector is None:
            raise RuntimeError("multi_model_service used before bind(); is the app lifespan running?")
        return self._injector

    def route_for(self, task_type: str, complexity: TaskComplexity) -> Route:
        return _TASK_OVERRIDES.get(task_type) or _ROUTES[complexity]

    async def generate_response(
        self,
        prompt: str,
        task_type: str,
        complexity: TaskComplexity = TaskComplexity.STANDARD,
        *,
        system: str | None = None,
        max_tokens: int = 800,
        tenant_id: str | None = None,
    ) -> str:
        route = self.route_for(task_type, complexity)
        async with llm_tracker.track_llm_call(
            provider=route.provider,
            model=route.model,
            feature_context=task_type,
            tenant_id=tenant_id,
        ) as usage_log:
            if route.provider == "anthropic":
                client = self.injector.get(anthropic.AsyncAnthropic)
                msg = await client.messages.create(
                    model=route.model,
                    max_tokens=max_tokens,
                    system=system or anthropic.NOT_GIVEN,
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
                return "".join(b.text for b in msg.content if b.type == "text")

            messages = ([{"role": "system", "content": system}] if system else []) + [
                {"role": "user", "content": prompt}
            ]
            if route.provider == "openai":
                resp = await self.injector.get(PrimaryChatClient).chat.completions.create(
                    model=route.model, messages=messages, max_tokens=max_tokens
                )
            elif route.provider == "deepseek":
                resp = self.injector.get(DeepSeekClient).chat.completions.create(
                    model=route.model, messages=messages, max_tokens=max_tokens
                )
            elif route.provider == "cerebras":
                resp = self.injector.get(FastIntentClient).chat.completions.create(
                    model=route.model, messages=messages, max_completion_tokens=max_tokens
                )
            else:  # pragma: no cover
                raise ValueError(f"unknown provider {route.provider}")

            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content or ""


multi_model_service = MultiModelService()
