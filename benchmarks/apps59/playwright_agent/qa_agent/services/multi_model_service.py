"""Tracked entry point for text generation. Prefer this over raw SDK calls."""
from __future__ import annotations

import enum
from dataclasses import dataclass

from qa_agent.llm.clients import get_async_anthropic_client, get_async_openai_client
from qa_agent.services.llm_usage_tracker import llm_tracker


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


@dataclass
class _Route:
    provider: str
    model: str


_ROUTES = {
    TaskComplexity.SIMPLE: _Route("openai", "gpt-4o-mini"),
    TaskComplexity.AGENTIC: _Route("anthropic", "claude-3-5-sonnet-latest"),
}


class MultiModelService:
    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        max_tokens: int = 1024,
    ) -> str:
        route = _ROUTES[complexity]
        async with llm_tracker.track_llm_call(
            provider=route.provider, model=route.model, feature_context=task_type
        ) as usage_log:
            if route.provider == "anthropic":
                msg = await get_async_anthropic_client().messages.create(
                    model=route.model,
                    max_tokens=max_tokens,
                    system=system or "You are a meticulous QA engineer.",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
                return "".join(b.text for b in msg.content if b.type == "text")

            messages = [{"role": "user", "content": prompt}]
            if system:
                messages.insert(0, {"role": "system", "content": system})
            resp = await get_async_openai_client().chat.completions.create(
                model=route.model, messages=messages, max_tokens=max_tokens
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content or ""


multi_model_service = MultiModelService()
