"""Tracked, complexity-routed text generation for internal callers.

Picks a provider/model from the task type and complexity, makes the request
and records usage. New code should call ``generate_response`` rather than
talk to a vendor client.
"""
from __future__ import annotations

import enum
import logging
from typing import Optional

from modelgw.providers import clients
from modelgw.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    MODERATE = "moderate"
    AGENTIC = "agentic"


_ROUTES = {
    TaskComplexity.SIMPLE: ("cerebras", "llama-3.3-70b"),
    TaskComplexity.MODERATE: ("openai", "gpt-4.1-mini"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-sonnet-4-5"),
}


class MultiModelService:
    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: Optional[str] = None,
        max_tokens: int = 1024,
        tenant_id: Optional[str] = None,
    ) -> str:
        provider, model = _ROUTES[complexity]
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type, tenant_id=tenant_id
        ) as usage_log:
            if provider == "anthropic":
                msg = await clients.anthropic_client().messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "You are a helpful assistant.",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
                return "".join(b.text for b in msg.content if b.type == "text")

            client = clients.cerebras_client() if provider == "cerebras" else clients.openai_client()
            messages = [{"role": "system", "content": system}] if system else []
            messages.append({"role": "user", "content": prompt})
            resp = await client.chat.completions.create(model=model, messages=messages, max_tokens=max_tokens)
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content or ""


multi_model_service = MultiModelService()
