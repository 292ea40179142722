"""Routing service: pick a vendor/model by task type and complexity.

All calls made through ``generate_response`` are tracked via ``llm_tracker``.
"""
from __future__ import annotations

import enum
import logging
from dataclasses import dataclass
from typing import Any

from acme_airflow_llm.hooks.anthropic import AnthropicHook
from acme_airflow_llm.hooks.groq import GroqHook
from acme_airflow_llm.hooks.openai import OpenAIHook
from acme_airflow_llm.utils.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    MODERATE = "moderate"
    AGENTIC = "agentic"


@dataclass(frozen=True)
class Route:
    provider: str
    model: str
    conn_id: str


ROUTES: dict[TaskComplexity, Route] = {
    TaskComplexity.SIMPLE: Route("groq", "llama-3.1-8b-instant", GroqHook.default_conn_name),
    TaskComplexity.MODERATE: Route("openai", "gpt-4o-mini", OpenAIHook.default_conn_name),
    TaskComplexity.AGENTIC: Route("anthropic", "claude-sonnet-4-5", AnthropicHook.default_conn_name),
}


class MultiModelService:
    def __init__(self, routes: dict[TaskComplexity, Route] | None = None) -> None:
        self.routes = routes or ROUTES

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        max_tokens: int = 1024,
    ) -> str:
        route = self.routes[complexity]
        async with llm_tracker.track_llm_call(
            provider=route.provider, model=route.model, feature_context=task_type
        ) as usage_log:
            if route.provider == "anthropic":
                client = AnthropicHook(conn_id=route.conn_id).get_async_conn()
                kwargs: dict[str, Any] = {}
                if system:
                    kwargs["system"] = system
                message = await client.messages.create(
                    model=route.model,
                    max_tokens=max_tokens,
                    messages=[{"role": "user", "content": prompt}],
                    **kwargs,
                )
                usage_log.input_tokens = message.usage.input_tokens
                usage_log.output_tokens = message.usage.output_tokens
                return "".join(block.text for block in message.content if block.type == "text")

            messages = [{"role": "user", "content": prompt}]
            if system:
                messages.insert(0, {"role": "system", "content": system})
            if route.provider == "groq":
                client = GroqHook(conn_id=route.conn_id).get_async_conn()
            else:
                client = OpenAIHook(conn_id=route.conn_id).get_async_conn()
            completion = await client.chat.completions.create(
                model=route.model, messages=messages, max_tokens=max_tokens
            )
            usage_log.input_tokens = completion.usage.prompt_tokens
            usage_log.output_tokens = completion.usage.completion_tokens
            return completion.choices[0].message.content or ""


multi_model_service = MultiModelService()
