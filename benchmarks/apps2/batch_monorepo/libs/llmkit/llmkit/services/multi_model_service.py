"""Single entry point for model calls with routing and usage tracking."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import Enum

import litellm
from groq import AsyncGroq

from llmkit.clients import get_async_azure_openai
from llmkit.config import get_settings
from llmkit.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(str, Enum):
    SIMPLE = "simple"
    MODERATE = "moderate"
    AGENTIC = "agentic"


@dataclass
class LLMResponse:
    text: str
    provider: str
    model: str
    input_tokens: int
    output_tokens: int


_ROUTES: dict[TaskComplexity, tuple[str, str]] = {
    TaskComplexity.SIMPLE: ("groq", "llama-3.1-8b-instant"),
    TaskComplexity.MODERATE: ("azure", "gpt-4o-mini"),
    TaskComplexity.AGENTIC: ("bedrock", "anthropic.claude-3-5-sonnet-20240620-v1:0"),
}


class MultiModelService:
    def __init__(self) -> None:
        self._groq: AsyncGroq | None = None

    @property
    def groq(self) -> AsyncGroq:
        if self._groq is None:
            self._groq = AsyncGroq(api_key=get_settings().groq_api_key)
        return self._groq

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        *,
        tenant_id: str = "default",
        system_prompt: str | None = None,
        max_tokens: int = 800,
        temperature: float = 0.3,
    ) -> LLMResponse:
        provider, model = _ROUTES[complexity]
        messages = []
        if system_prompt:
            messages.append({"role": "system", "content": system_prompt})
        messages.append({"role": "user", "content": prompt})

        async with llm_tracker.track_llm_call(
            feature=task_type, tenant_id=tenant_id, provider=provider, model=model
        ) as usage_log:
            if provider == "azure":
                resp = await get_async_azure_openai().chat.completions.create(
                    model=get_settings().azure_chat_deployment,
                    messages=messages,
                    max_tokens=max_tokens,
                    temperature=temperature,
                )
            elif provider == "groq":
                resp = await self.groq.chat.completions.create(
                    model=model, messages=messages, max_tokens=max_tokens, temperature=temperature
                )
            else:
                resp = await litellm.acompletion(
                    model=f"bedrock/{model}", messages=messages, max_tokens=max_tokens, temperature=temperature
                )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens

        return LLMResponse(
            text=resp.choices[0].message.content or "",
            provider=provider,
            model=model,
            input_tokens=usage_log.input_tokens,
            output_tokens=usage_log.output_tokens,
        )


multi_model_service = MultiModelService()
