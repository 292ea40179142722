"""Tracked entry point for new code. Routes a prompt to a provider and records usage."""
from __future__ import annotations

import enum
from typing import Any

from backend.llm.registry import registry
from backend.llm.tracking import llm_tracker


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


_ROUTES = {
    ("chat", TaskComplexity.SIMPLE): ("openai", "gpt-4o-mini"),
    ("chat", TaskComplexity.AGENTIC): ("anthropic", "claude-3-5-sonnet-latest"),
    ("summary", TaskComplexity.SIMPLE): ("anthropic", "claude-3-5-haiku-latest"),
    ("digest", TaskComplexity.SIMPLE): ("openrouter", "meta-llama/llama-3.1-70b-instruct"),
}


class MultiModelService:
    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        max_tokens: int = 800,
    ) -> str:
        provider, model = _ROUTES.get((task_type, complexity), ("openai", "gpt-4o-mini"))
        client: Any = registry.client(provider)
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            if provider == "anthropic":
                resp = client.messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "You are a helpful notes assistant.",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = resp.usage.input_tokens
                usage_log.output_tokens = resp.usage.output_tokens
                return "".join(b.text for b in resp.content if b.type == "text")
            messages = [{"role": "user", "content": prompt}]
            if system:
                messages.insert(0, {"role": "system", "content": system})
            resp = client.chat.completions.create(model=model, messages=messages, max_tokens=max_tokens)
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content or ""


multi_model_service = MultiModelService()
