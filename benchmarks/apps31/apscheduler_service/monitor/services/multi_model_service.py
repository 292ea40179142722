"""Tracked wrapper around the providers. New code should call generate_response()."""
from __future__ import annotations

import enum
import logging

from monitor import clients
from monitor.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_ROUTING = {
    TaskComplexity.SIMPLE: ("openai", "gpt-4o-mini"),
    TaskComplexity.STANDARD: ("anthropic", "claude-3-5-sonnet-20241022"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-3-5-sonnet-20241022"),
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
        provider, model = _ROUTING[complexity]
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            if provider == "anthropic":
                resp = await clients.get_async_anthropic().messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "You are a concise SRE assistant.",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = resp.usage.input_tokens
                usage_log.output_tokens = resp.usage.output_tokens
                return "".join(b.text for b in resp.content if b.type == "text")
            messages = [{"role": "user", "content": prompt}]
            if system:
                messages.insert(0, {"role": "system", "content": system})
            resp = await clients.get_async_openai().chat.completions.create(
                model=model, messages=messages, max_tokens=max_tokens
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content or ""


multi_model_service = MultiModelService()
