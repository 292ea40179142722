"""Tracked entry point for text generation.

Every call made here goes through ``llm_tracker`` so the token counts end up
in usage.jsonl. Extensions written after 0.6 should use this instead of the
backends in ``providers.py``.
"""

import enum

from anthropic import AsyncAnthropic
from google import genai
from openai import AsyncOpenAI

from .clients import OPENROUTER_BASE_URL
from .llm_usage_tracker import llm_tracker
from .settings import load_settings


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


_TASK_PROVIDERS = {
    "rewrite": "anthropic",
    "describe": "openai",
    "palette": "google",
    "chat": None,
}


class MultiModelService:
    def __init__(self):
        self._settings = None

    @property
    def settings(self):
        if self._settings is None:
            self._settings = load_settings()
        return self._settings

    def _pick_provider(self, task_type, complexity):
        provider = _TASK_PROVIDERS.get(task_type) or self.settings.default_provider
        if complexity is TaskComplexity.AGENTIC and provider == "huggingface":
            provider = "openrouter"
        return provider

    async def generate_response(self, prompt, task_type="chat",
                                complexity=TaskComplexity.SIMPLE,
                                system=None, model=None, max_tokens=None):
        provider = self._pick_provider(task_type, complexity)
        model = self.settings.model_for(provider, model)
        max_tokens = max_tokens or self.settings.max_tokens
        system = system or "You are a helpful assistant for vector illustration."
        key = self.settings.key_for(provider)

        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            if provider == "anthropic":
                client = AsyncAnthropic(api_key=key)
                msg = await client.messages.create(
                    model=model, max_tokens=max_tokens, system=system,
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
                return "".join(b.text for b in msg.content if b.type == "text")

            if provider == "google":
                client = genai.Client(api_key=key)
                resp = await client.aio.models.generate_content(
                    model=model,
                    contents=prompt,
                    config={"system_instruction": system,
                            "max_output_tokens": max_tokens},
                )
                usage_log.input_tokens = resp.usage_metadata.prompt_token_count
                usage_log.output_tokens = resp.usage_metadata.candidates_token_count
                return resp.text

            base_url = OPENROUTER_BASE_URL if provider == "openrouter" else None
            client = AsyncOpenAI(api_key=key, base_url=base_url)
            resp = await client.chat.completions.create(
                model=model,
                max_tokens=max_tokens,
                messages=[{"role": "system", "content": system},
                          {"role": "user", "content": prompt}],
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content


multi_model_service = MultiModelService()
