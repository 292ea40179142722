"""Routing wrapper around the providers with automatic usage tracking.

New code should call ``multi_model_service.generate_response(...)`` rather than
talking to an SDK directly.
"""
from __future__ import annotations

import enum
import logging
from dataclasses import dataclass

from config import get_settings
from services.clients import get_anthropic_client, get_async_openai_client
from services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


@dataclass
class ModelRoute:
    provider: str
    model: str
    max_tokens: int = 1024


ROUTES: dict[TaskComplexity, ModelRoute] = {
    TaskComplexity.SIMPLE: ModelRoute("openai", "gpt-4o-mini", 800),
    TaskComplexity.STANDARD: ModelRoute("openai", "gpt-4.1-mini", 1500),
    TaskComplexity.AGENTIC: ModelRoute("anthropic", get_settings().claude_model, 4000),
}


class MultiModelService:
    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
    ) -> str:
        route = ROUTES[complexity]
        async with llm_tracker.track_llm_call(
            provider=route.provider, model=route.model, feature_context=task_type
        ) as usage_log:
            if route.provider == "anthropic":
                resp = await get_anthropic_client().messages.create(
                    model=route.model,
                    max_tokens=route.max_tokens,
                    system=system or "You are a careful data analyst.",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = resp.usage.input_tokens
                usage_log.output_tokens = resp.usage.output_tokens
                return "".join(b.text for b in resp.content if b.type == "text")

            messages = []
            if system:
                messages.append({"role": "system", "content": system})
            messages.append({"role": "user", "content": prompt})
            resp = await get_async_openai_client().chat.completions.create(
                model=route.model,
                messages=messages,
                max_tokens=route.max_tokens,
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content or ""


multi_model_service = MultiModelService()
