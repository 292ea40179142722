"""The tracked way to call a model from job code.

    response = await multi_model_service.generate_response(
        prompt="...", task_type="summary", complexity=TaskComplexity.SIMPLE
    )

Routing is deliberately boring: SIMPLE -> Claude Haiku, AGENTIC -> Claude Sonnet,
anything with `provider="gemini"` -> Gemini. Every call is recorded by llm_tracker.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass

from common.config import MODELS, settings
from providers import get_async_anthropic, get_genai
from services.llm_usage_tracker import llm_tracker


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


@dataclass
class ModelResponse:
    text: str
    model: str
    input_tokens: int
    output_tokens: int


class MultiModelService:
    def _claude_model(self, complexity: TaskComplexity) -> str:
        return MODELS.claude_summary if complexity is TaskComplexity.AGENTIC else MODELS.claude_fast

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        max_tokens: int = 1024,
        provider: str = "anthropic",
    ) -> ModelResponse:
        if provider == "gemini":
            return await self._gemini(prompt, task_type, system, max_tokens)
        model = self._claude_model(complexity)
        client = get_async_anthropic()
        async with llm_tracker.track_llm_call(
            provider="anthropic", model=model, feature_context=f"{settings.feature_tag}:{task_type}"
        ) as usage_log:
            msg = await client.messages.create(
                model=model,
                max_tokens=max_tokens,
                system=system or "You are a careful newsroom assistant.",
                messages=[{"role": "user", "content": prompt}],
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
        text = "".join(b.text for b in msg.content if b.type == "text")
        return ModelResponse(text, model, msg.usage.input_tokens, msg.usage.output_tokens)

    async def _gemini(self, prompt: str, task_type: str, system: str | None, max_tokens: int) -> ModelResponse:
        from google.genai import types

        model = MODELS.gemini_tagging
        async with llm_tracker.track_llm_call(
            provider="google", model=model, feature_context=f"{settings.feature_tag}:{task_type}"
        ) as usage_log:
            resp = await get_genai().aio.models.generate_content(
                model=model,
                contents=prompt,
                config=types.GenerateContentConfig(system_instruction=system, max_output_tokens=max_tokens),
            )
            usage_log.input_tokens = resp.usage_metadata.prompt_token_count or 0
            usage_log.output_tokens = resp.usage_metadata.candidates_token_count or 0
        return ModelResponse(
            resp.text or "",
            model,
            resp.usage_metadata.prompt_token_count or 0,
            resp.usage_metadata.candidates_token_count or 0,
        )


multi_model_service = MultiModelService()
