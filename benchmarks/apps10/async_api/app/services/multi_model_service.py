"""Single entry point for model requests. Picks a model by task complexity and records
usage through llm_tracker."""
from __future__ import annotations

from enum import Enum
from typing import Optional

from app.clients import get_clients
from app.config import settings
from app.services.llm_usage_tracker import llm_tracker


class TaskComplexity(str, Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_ROUTES = {
    TaskComplexity.SIMPLE: ("openai", "gpt-4o-mini"),
    TaskComplexity.STANDARD: ("openai", "gpt-4o"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-3-5-sonnet-latest"),
}


class MultiModelService:
    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: Optional[str] = None,
        max_tokens: int = 1024,
    ) -> str:
        provider, model = _ROUTES[complexity]
        clients = get_clients()
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            if provider == "anthropic":
                resp = await clients.anthropic.messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "You are a helpful support assistant.",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = resp.usage.input_tokens
                usage_log.output_tokens = resp.usage.output_tokens
                return "".join(b.text for b in resp.content if b.type == "text")

            messages = []
            if system:
                messages.append({"role": "system", "content": system})
            messages.append({"role": "user", "content": prompt})
            resp = await clients.openai.chat.completions.create(
                model=model, messages=messages, max_tokens=max_tokens
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content or ""


multi_model_service = MultiModelService()
