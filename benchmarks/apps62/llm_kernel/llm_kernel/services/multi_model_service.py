"""Tracked entry point for LLM requests.

New code should go through ``multi_model_service.generate_response`` so that
every request ends up in the usage log.  Older magics still call the SDKs
directly -- see the TODOs in kernel.py.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass

from ..backends.clients import (
    get_async_anthropic_client,
    get_async_openai_client,
    get_genai_client,
)
from .llm_usage_tracker import llm_tracker


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_ROUTES = {
    TaskComplexity.SIMPLE: ("openai", "gpt-4o-mini"),
    TaskComplexity.STANDARD: ("anthropic", "claude-3-5-haiku-20241022"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-3-5-sonnet-20241022"),
}


@dataclass
class ServiceResponse:
    text: str
    provider: str
    model: str


class MultiModelService:
    def __init__(self) -> None:
        self.overrides: dict[str, tuple[str, str]] = {}

    def route(self, task_type: str, complexity: TaskComplexity) -> tuple[str, str]:
        return self.overrides.get(task_type, _ROUTES[complexity])

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        max_tokens: int = 1024,
    ) -> ServiceResponse:
        provider, model = self.route(task_type, complexity)
        async with llm_tracker.track_llm_call(provider=provider, model=model, feature_context=task_type) as usage_log:
            if provider == "anthropic":
                client = get_async_anthropic_client()
                msg = await client.messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
                return ServiceResponse(msg.content[0].text, provider, model)
            if provider == "google":
                resp = await get_genai_client().aio.models.generate_content(model=model, contents=prompt)
                usage_log.input_tokens = resp.usage_metadata.prompt_token_count
                usage_log.output_tokens = resp.usage_metadata.candidates_token_count
                return ServiceResponse(resp.text, provider, model)
            client = get_async_openai_client()
            messages = [{"role": "system", "content": system}] if system else []
            messages.append({"role": "user", "content": prompt})
            resp = await client.chat.completions.create(model=model, messages=messages, max_tokens=max_tokens)
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return ServiceResponse(resp.choices[0].message.content, provider, model)


multi_model_service = MultiModelService()
