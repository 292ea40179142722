"""Tracked entry point for the gateway's internal model usage.

New internal features should call ``multi_model_service.generate_response``
instead of talking to a provider SDK directly: it picks a model by task
complexity and records usage through ``llm_tracker``.
"""
from __future__ import annotations

import enum
from typing import Dict, Optional, Tuple

from gateway.providers.clients import async_anthropic_client, async_cerebras_client, async_together_client
from gateway.services.llm_usage_tracker import llm_tracker


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_MODEL_BY_COMPLEXITY: Dict[TaskComplexity, Tuple[str, str]] = {
    TaskComplexity.SIMPLE: ("cerebras", "llama3.1-8b"),
    TaskComplexity.STANDARD: ("together", "meta-llama/Llama-3.3-70B-Instruct-Turbo"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-3-7-sonnet-20250219"),
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
        provider, model = _MODEL_BY_COMPLEXITY[complexity]
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            if provider == "anthropic":
                kwargs = {"system": system} if system else {}
                msg = await async_anthropic_client().messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    messages=[{"role": "user", "content": prompt}],
                    **kwargs,
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
                return "".join(b.text for b in msg.content if b.type == "text")

            client = async_cerebras_client() if provider == "cerebras" else async_together_client()
            messages = [{"role": "user", "content": prompt}]
            if system:
                messages.insert(0, {"role": "system", "content": system})
            resp = await client.chat.completions.create(model=model, messages=messages, max_tokens=max_tokens)
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content or ""


multi_model_service = MultiModelService()
