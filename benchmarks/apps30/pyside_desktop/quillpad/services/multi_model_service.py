"""Tracked entry point for model calls.

New code should call ``multi_model_service.generate_response`` which picks a
provider from the settings and records usage through ``llm_tracker``.
"""
from __future__ import annotations

import asyncio
import enum
import logging

from quillpad.services import clients
from quillpad.services.llm_usage_tracker import llm_tracker
from quillpad.settings import app_settings

log = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_COMPLEX_MODELS = {
    "openai": "gpt-4o",
    "anthropic": "claude-3-5-sonnet-latest",
    "google": "gemini-1.5-pro",
}


class MultiModelService:
    def __init__(self) -> None:
        self._settings = app_settings()

    def _pick(self, complexity: TaskComplexity) -> tuple[str, str]:
        provider = self._settings.active_provider
        model = self._settings.model_for(provider)
        if complexity is TaskComplexity.AGENTIC and provider in _COMPLEX_MODELS:
            model = _COMPLEX_MODELS[provider]
        return provider, model

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
    ) -> str:
        provider, model = self._pick(complexity)
        messages = [{"role": "user", "content": prompt}]
        if system:
            messages.insert(0, {"role": "system", "content": system})

        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            if provider == "anthropic":
                client = clients.get_anthropic_client()
                resp = await asyncio.to_thread(
                    client.messages.create,
                    model=model,
                    max_tokens=1024,
                    system=system or "",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = resp.usage.input_tokens
                usage_log.output_tokens = resp.usage.output_tokens
                return "".join(b.text for b in resp.content if b.type == "text")

            if provider == "google":
                gm = clients.gemini_model(model, system_instruction=system)
                resp = await gm.generate_content_async(prompt)
                usage_log.input_tokens = resp.usage_metadata.prompt_token_count
                usage_log.output_tokens = resp.usage_metadata.candidates_token_count
                return resp.text

            if provider == "deepseek":
                client = clients.get_deepseek_client()
            else:
                client = clients.get_openai_client()
            resp = await asyncio.to_thread(
                client.chat.completions.create, model=model, messages=messages
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content or ""


multi_model_service = MultiModelService()
