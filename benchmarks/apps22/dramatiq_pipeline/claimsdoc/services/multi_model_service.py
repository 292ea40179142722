"""Tracked entry point for model calls.

    response = await multi_model_service.generate_response(
        prompt=..., task_type="classify", complexity=TaskComplexity.SIMPLE,
    )

Routes by task type / complexity to a provider, records usage through ``llm_tracker``.
"""
from __future__ import annotations

import enum
import logging
from dataclasses import dataclass

from claimsdoc import clients
from claimsdoc.services.llm_usage_tracker import llm_tracker
from claimsdoc.settings import settings

log = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


@dataclass
class ModelResponse:
    text: str
    provider: str
    model: str
    input_tokens: int
    output_tokens: int


_ROUTES = {
    TaskComplexity.SIMPLE: ("openai", settings.openai_model),
    TaskComplexity.STANDARD: ("openai", "gpt-4o"),
    TaskComplexity.AGENTIC: ("anthropic", settings.anthropic_model),
}


class MultiModelService:
    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        max_tokens: int = 1024,
        json_mode: bool = False,
    ) -> ModelResponse:
        provider, model = _ROUTES[complexity]
        async with llm_tracker.track_llm_call(provider=provider, model=model, feature_context=task_type) as usage_log:
            if provider == "anthropic":
                msg = await clients.get_async_anthropic().messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "You are a careful insurance claims analyst.",
                    messages=[{"role": "user", "content": prompt}],
                )
                text = "".join(b.text for b in msg.content if b.type == "text")
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
            else:
                messages = []
                if system:
                    messages.append({"role": "system", "content": system})
                messages.append({"role": "user", "content": prompt})
                kwargs = {"response_format": {"type": "json_object"}} if json_mode else {}
                resp = clients.get_openai().chat.completions.create(
                    model=model, messages=messages, max_tokens=max_tokens, **kwargs
                )
                text = resp.choices[0].message.content or ""
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
        return ModelResponse(text, provider, model, usage_log.input_tokens, usage_log.output_tokens)


multi_model_service = MultiModelService()
