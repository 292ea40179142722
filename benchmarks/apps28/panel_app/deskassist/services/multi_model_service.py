"""Tracked, provider-agnostic text generation.

New code should call ``multi_model_service.generate_response(...)``. Routing:
SIMPLE -> gpt-4o-mini, STANDARD -> claude sonnet, AGENTIC -> claude sonnet w/ higher budget.
Every call is recorded through ``llm_tracker``.
"""
from __future__ import annotations

import enum
import logging
from dataclasses import dataclass

from deskassist.clients import make_async_anthropic_client, make_async_openai_client
from deskassist.prompts import DESK_SYSTEM
from deskassist.services.llm_usage_tracker import llm_tracker

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


ROUTES = {
    TaskComplexity.SIMPLE: Route("openai", "gpt-4o-mini", 800),
    TaskComplexity.STANDARD: Route("anthropic", "claude-3-5-sonnet-latest", 1200),
    TaskComplexity.AGENTIC: Route("anthropic", "claude-3-5-sonnet-latest", 4000),
}


class MultiModelService:
    def __init__(self):
        self._openai = None
        self._anthropic = None

    @property
    def openai(self):
        if self._openai is None:
            self._openai = make_async_openai_client()
        return self._openai

    @property
    def anthropic(self):
        if self._anthropic is None:
            self._anthropic = make_async_anthropic_client()
        return self._anthropic

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str = DESK_SYSTEM,
        user: str | None = None,
    ) -> str:
        route = ROUTES[complexity]
        async with llm_tracker.track_llm_call(
            provider=route.provider, model=route.model, feature_context=task_type, user=user
        ) as usage_log:
            if route.provider == "openai":
                resp = await self.openai.chat.completions.create(
                    model=route.model,
                    max_tokens=route.max_tokens,
                    messages=[
                        {"role": "system", "content": system},
                        {"role": "user", "content": prompt},
                    ],
                )
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
                return resp.choices[0].message.content or ""

            msg = await self.anthropic.messages.create(
                model=route.model,
                max_tokens=route.max_tokens,
                system=system,
                messages=[{"role": "user", "content": prompt}],
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
            return "".join(block.text for block in msg.content if block.type == "text")


multi_model_service = MultiModelService()
