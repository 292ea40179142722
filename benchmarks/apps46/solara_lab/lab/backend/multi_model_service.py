"""Tracked entry point for all new LLM features.

``generate_response`` picks a provider/model from the task type and complexity,
performs the request inside ``llm_tracker.track_llm_call`` and returns text.
"""
from __future__ import annotations

import enum
import logging
from dataclasses import dataclass

from lab.backend.clients import get_async_anthropic_client, get_async_openai_client, async_fireworks_client
from lab.backend.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    MODERATE = "moderate"
    AGENTIC = "agentic"


@dataclass(frozen=True)
class Route:
    provider: str
    model: str


_ROUTES: dict[tuple[str, TaskComplexity], Route] = {
    ("chat", TaskComplexity.SIMPLE): Route("openai", "gpt-4o-mini"),
    ("chat", TaskComplexity.MODERATE): Route("anthropic", "claude-3-5-haiku-latest"),
    ("sql", TaskComplexity.SIMPLE): Route("fireworks", "accounts/fireworks/models/llama-v3p1-70b-instruct"),
    ("sql", TaskComplexity.MODERATE): Route("openai", "gpt-4o"),
    ("summary", TaskComplexity.SIMPLE): Route("openai", "gpt-4o-mini"),
    ("summary", TaskComplexity.AGENTIC): Route("anthropic", "claude-3-5-sonnet-latest"),
}


class MultiModelService:
    def route(self, task_type: str, complexity: TaskComplexity) -> Route:
        return _ROUTES.get((task_type, complexity)) or Route("openai", "gpt-4o-mini")

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        max_tokens: int = 1024,
    ) -> str:
        r = self.route(task_type, complexity)
        async with llm_tracker.track_llm_call(
            provider=r.provider, model=r.model, feature_context=task_type
        ) as usage_log:
            if r.provider == "anthropic":
                msg = await get_async_anthropic_client().messages.create(
                    model=r.model,
                    max_tokens=max_tokens,
                    system=system or "You are a careful data analyst.",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
                return "".join(b.text for b in msg.content if b.type == "text")

            client = async_fireworks_client() if r.provider == "fireworks" else get_async_openai_client()
            messages = []
            if system:
                messages.append({"role": "system", "content": system})
            messages.append({"role": "user", "content": prompt})
            resp = await client.chat.completions.create(
                model=r.model, messages=messages, max_tokens=max_tokens
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content or ""


multi_model_service = MultiModelService()
