"""Tracked entry point for LLM generation. Prefer this over raw clients."""
from __future__ import annotations

import asyncio
import enum

from gitai.config import DEFAULT_MODELS, load_settings
from gitai.llm.clients import get_async_groq_client, get_async_openai_client
from gitai.services.llm_usage_tracker import llm_tracker


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


_MODEL_FOR = {
    TaskComplexity.SIMPLE: ("groq", DEFAULT_MODELS["groq"]),
    TaskComplexity.AGENTIC: ("openai", "gpt-4o"),
}


class MultiModelService:
    def __init__(self):
        self._openai = None
        self._groq = None

    def _client_for(self, provider: str):
        if provider == "groq":
            self._groq = self._groq or get_async_groq_client()
            return self._groq
        self._openai = self._openai or get_async_openai_client()
        return self._openai

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        max_tokens: int = 800,
    ) -> str:
        provider, model = _MODEL_FOR[complexity]
        client = self._client_for(provider)
        messages = [{"role": "user", "content": prompt}]
        if system:
            messages.insert(0, {"role": "system", "content": system})
        async with llm_tracker.track_llm_call(provider=provider, model=model, feature_context=task_type) as usage_log:
            resp = await client.chat.completions.create(model=model, messages=messages, max_tokens=max_tokens)
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return resp.choices[0].message.content or ""

    def generate_sync(self, prompt: str, **kwargs) -> str:
        return asyncio.run(self.generate_response(prompt, **kwargs))


multi_model_service = MultiModelService()
