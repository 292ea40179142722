"""The tracked entry point for LLM requests.

    response = await multi_model_service.generate_response(
        prompt="...", task_type="chat", complexity=TaskComplexity.SIMPLE
    )

Routing: SIMPLE -> gpt-4.1-mini (or Azure for EU tenants), AGENTIC -> Claude Sonnet,
BULK -> Llama 3.3 on Together.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass

from anthropic import AsyncAnthropic
from openai import AsyncOpenAI

from docintel.config import get_settings
from docintel.services.llm_usage_tracker import current_tenant, llm_tracker


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"
    BULK = "bulk"


@dataclass
class ModelResponse:
    text: str
    model: str
    provider: str
    input_tokens: int
    output_tokens: int


class MultiModelService:
    def __init__(self) -> None:
        self._openai: AsyncOpenAI | None = None
        self._azure: AsyncOpenAI | None = None
        self._anthropic: AsyncAnthropic | None = None
        self._together: AsyncOpenAI | None = None

    def configure(self, *, openai, azure, anthropic, together) -> None:
        self._openai = openai
        self._azure = azure
        self._anthropic = anthropic
        self._together = together

    @property
    def configured(self) -> bool:
        return self._openai is not None

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        max_tokens: int = 1024,
        json_mode: bool = False,
    ) -> ModelResponse:
        if not self.configured:
            raise RuntimeError("multi_model_service.configure() was not called")
        settings = get_settings()
        if complexity is TaskComplexity.AGENTIC:
            return await self._anthropic_generate(prompt, task_type, system, max_tokens)
        if complexity is TaskComplexity.BULK:
            return await self._openai_compatible(
                self._together, "together", settings.together_model,
                prompt, task_type, system, max_tokens, json_mode,
            )
        tenant = current_tenant.get()
        if tenant and tenant in settings.eu_tenants:
            return await self._openai_compatible(
                self._azure, "azure_openai", settings.azure_openai_deployment,
                prompt, task_type, system, max_tokens, json_mode,
            )
        return await self._openai_compatible(
            self._openai, "openai", settings.openai_chat_model,
            prompt, task_type, system, max_tokens, json_mode,
        )

    async def _openai_compatible(
        self, client, provider, model, prompt, task_type, system, max_tokens, json_mode
    ) -> ModelResponse:
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
        kwargs = {"response_format": {"type": "json_object"}} if json_mode else {}
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            completion = await client.chat.completions.create(
                model=model, messages=messages, max_tokens=max_tokens, **kwargs
            )
            usage_log.input_tokens = completion.usage.prompt_tokens
            usage_log.output_tokens = completion.usage.completion_tokens
        return ModelResponse(
            text=completion.choices[0].message.content or "",
            model=model,
            provider=provider,
            input_tokens=completion.usage.prompt_tokens,
            output_tokens=completion.usage.completion_tokens,
        )

    async def _anthropic_generate(self, prompt, task_type, system, max_tokens) -> ModelResponse:
        model = get_settings().anthropic_model
        async with llm_tracker.track_llm_call(
            provider="anthropic", model=model, feature_context=task_type
        ) as usage_log:
            message = await self._anthropic.messages.create(
                model=model,
                max_tokens=max_tokens,
                system=system or "You are a careful document analyst.",
                messages=[{"role": "user", "content": prompt}],
            )
            usage_log.input_tokens = message.usage.input_tokens
            usage_log.output_tokens = message.usage.output_tokens
        text = "".join(block.text for block in message.content if block.type == "text")
        return ModelResponse(
            text=text,
            model=model,
            provider="anthropic",
            input_tokens=message.usage.input_tokens,
            output_tokens=message.usage.output_tokens,
        )


multi_model_service = MultiModelService()
