"""Tracked entry point for LLM requests.

    response = await multi_model_service.generate_response(
        prompt="...", task_type="quest", complexity=TaskComplexity.SIMPLE)

Picks a model by complexity and logs usage through llm_tracker.
"""
import enum
import logging
from dataclasses import dataclass
from typing import Optional

from ai.clients import get_async_anthropic_client, get_async_openai_client
from ai.llm_usage_tracker import llm_tracker

log = logging.getLogger("hollowmere.mms")


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


@dataclass
class ModelResponse:
    text: str
    model: str
    provider: str


_ROUTES = {
    TaskComplexity.SIMPLE: ("openai", "gpt-4o-mini"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-3-5-sonnet-latest"),
}


class MultiModelService:
    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: Optional[str] = None,
        max_tokens: int = 512,
    ) -> ModelResponse:
        provider, model = _ROUTES[complexity]
        if provider == "anthropic":
            client = get_async_anthropic_client()
            async with llm_tracker.track_llm_call(
                provider="anthropic", model=model, feature_context=task_type
            ) as usage_log:
                msg = await client.messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "You are a helpful game-writing assistant.",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
            text = "".join(block.text for block in msg.content if block.type == "text")
            return ModelResponse(text=text, model=model, provider=provider)

        client = get_async_openai_client()
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
        async with llm_tracker.track_llm_call(
            provider="openai", model=model, feature_context=task_type
        ) as usage_log:
            response = await client.chat.completions.create(
                model=model, messages=messages, max_tokens=max_tokens
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return ModelResponse(text=response.choices[0].message.content or "", model=model, provider=provider)


multi_model_service = MultiModelService()
