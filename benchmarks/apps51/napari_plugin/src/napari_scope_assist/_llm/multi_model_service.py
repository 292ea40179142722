"""Tracked entry point for model calls.

New code should call ``multi_model_service.generate_response`` instead of
touching SDK clients. Every request is recorded by ``llm_tracker``.
"""
from __future__ import annotations

import base64
import enum
import logging

from google.genai import types as genai_types

from .._settings import get_settings
from . import clients
from .llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    VISION = "vision"
    AGENTIC = "agentic"


_ROUTES = {
    TaskComplexity.SIMPLE: "cerebras",
    TaskComplexity.VISION: "openai",
    TaskComplexity.AGENTIC: "anthropic",
}


class MultiModelService:
    def __init__(self):
        self.settings = get_settings()

    def _pick(self, complexity: TaskComplexity, provider: str | None) -> str:
        return provider or _ROUTES.get(complexity, self.settings.default_provider)

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        image_png: bytes | None = None,
        system: str | None = None,
        provider: str | None = None,
    ) -> str:
        provider = self._pick(complexity, provider)
        s = self.settings
        if provider == "openai":
            client = clients.get_async_openai_client()
            content = [{"type": "text", "text": prompt}]
            if image_png is not None:
                b64 = base64.b64encode(image_png).decode()
                content.append({"type": "image_url", "image_url": {"url": f"data:image/png;base64,{b64}"}})
            messages = [{"role": "user", "content": content}]
            if system:
                messages.insert(0, {"role": "system", "content": system})
            async with llm_tracker.track_llm_call(
                provider="openai", model=s.openai_model, feature_context=task_type
            ) as usage_log:
                response = await client.chat.completions.create(
                    model=s.openai_model,
                    messages=messages,
                    temperature=s.temperature,
                    max_tokens=s.max_tokens,
                )
                usage_log.input_tokens = response.usage.prompt_tokens
                usage_log.output_tokens = response.usage.completion_tokens
            return response.choices[0].message.content or ""

        if provider == "anthropic":
            client = clients.get_async_anthropic_client()
            content = []
            if image_png is not None:
                content.append(
                    {
                        "type": "image",
                        "source": {
                            "type": "base64",
                            "media_type": "image/png",
                            "data": base64.b64encode(image_png).decode(),
                        },
                    }
                )
            content.append({"type": "text", "text": prompt})
            async with llm_tracker.track_llm_call(
                provider="anthropic", model=s.anthropic_model, feature_context=task_type
            ) as usage_log:
                message = await client.messages.create(
                    model=s.anthropic_model,
                    max_tokens=s.max_tokens,
                    system=system or "",
                    messages=[{"role": "user", "content": content}],
                )
                usage_log.input_tokens = message.usage.input_tokens
                usage_log.output_tokens = message.usage.output_tokens
            return "".join(block.text for block in message.content if block.type == "text")

        if provider == "gemini":
            client = clients.get_gemini_client()
            contents: list = [prompt]
            if image_png is not None:
                contents.insert(0, genai_types.Part.from_bytes(data=image_png, mime_type="image/png"))
            async with llm_tracker.track_llm_call(
                provider="google", model=s.gemini_model, feature_context=task_type
            ) as usage_log:
                result = await client.aio.models.generate_content(
                    model=s.gemini_model,
                    contents=contents,
                    config=genai_types.GenerateContentConfig(
                        system_instruction=system, temperature=s.temperature
                    ),
                )
                usage_log.input_tokens = result.usage_metadata.prompt_token_count or 0
                usage_log.output_tokens = result.usage_metadata.candidates_token_count or 0
            return result.text or ""

        if provider == "cerebras":
            client = clients.get_async_cerebras_client()
            messages = [{"role": "user", "content": prompt}]
            if system:
                messages.insert(0, {"role": "system", "content": system})
            async with llm_tracker.track_llm_call(
                provider="cerebras", model=s.cerebras_model, feature_context=task_type
            ) as usage_log:
                completion = await client.chat.completions.create(
                    model=s.cerebras_model, messages=messages
                )
                usage_log.input_tokens = completion.usage.prompt_tokens
                usage_log.output_tokens = completion.usage.completion_tokens
            return completion.choices[0].message.content

        raise ValueError(f"provider {provider!r} is not routed through multi_model_service yet")


multi_model_service = MultiModelService()
