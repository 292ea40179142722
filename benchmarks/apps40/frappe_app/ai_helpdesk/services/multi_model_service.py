"""Single entry point for model calls with automatic usage tracking.

    response = await multi_model_service.generate_response(
        prompt="...", task_type="chat", complexity=TaskComplexity.SIMPLE
    )
"""

from __future__ import annotations

import asyncio
import enum
from dataclasses import dataclass

from ai_helpdesk.llm.clients import (
    default_model,
    get_async_anthropic_client,
    get_async_openai_client,
)
from ai_helpdesk.services.llm_usage_tracker import llm_tracker


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


@dataclass
class ModelResponse:
    content: str
    model: str
    provider: str
    input_tokens: int
    output_tokens: int


_ROUTES = {
    TaskComplexity.SIMPLE: ("openai", "gpt-4o-mini"),
    TaskComplexity.STANDARD: ("openai", None),
    TaskComplexity.AGENTIC: ("anthropic", None),
}


class MultiModelService:
    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        max_tokens: int = 800,
        reference_doctype: str | None = None,
        reference_name: str | None = None,
    ) -> ModelResponse:
        provider, model = _ROUTES[complexity]
        model = model or default_model(provider)
        async with llm_tracker.track_llm_call(
            provider=provider,
            model=model,
            feature_context=task_type,
            reference_doctype=reference_doctype,
            reference_name=reference_name,
        ) as usage_log:
            if provider == "anthropic":
                msg = await get_async_anthropic_client().messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "You are a helpful support assistant.",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
                text = "".join(b.text for b in msg.content if b.type == "text")
            else:
                messages = [{"role": "user", "content": prompt}]
                if system:
                    messages.insert(0, {"role": "system", "content": system})
                resp = await get_async_openai_client().chat.completions.create(
                    model=model, messages=messages, max_tokens=max_tokens
                )
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
                text = resp.choices[0].message.content or ""
        return ModelResponse(text, model, provider, usage_log.input_tokens, usage_log.output_tokens)

    def generate_response_sync(self, prompt: str, **kwargs) -> ModelResponse:
        """Frappe request handlers and RQ jobs are sync; bridge to the async API."""
        return asyncio.run(self.generate_response(prompt, **kwargs))


multi_model_service = MultiModelService()
