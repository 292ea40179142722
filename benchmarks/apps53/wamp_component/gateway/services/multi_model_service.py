"""Tracked model access.  New code should call ``generate_response`` /
``embed_texts`` instead of touching the SDK clients.
"""
from __future__ import annotations

import enum
import logging

from gateway.config import get_settings
from gateway.llm.factory import get_anthropic, get_cerebras, get_openai
from gateway.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_ROUTING = {
    TaskComplexity.SIMPLE: ("cerebras", "llama3.1-8b"),
    TaskComplexity.STANDARD: ("openai", "gpt-4o-mini"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-3-5-sonnet-20241022"),
}


class MultiModelService:
    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.STANDARD,
        system: str | None = None,
        history: list[dict] | None = None,
        max_tokens: int = 1024,
    ) -> dict:
        provider, model = _ROUTING[complexity]
        messages = list(history or []) + [{"role": "user", "content": prompt}]
        async with llm_tracker.track_llm_call(provider=provider, model=model, feature_context=task_type) as usage_log:
            if provider == "anthropic":
                msg = await get_anthropic().messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "You are a helpful assistant.",
                    messages=messages,
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
                text = "".join(b.text for b in msg.content if b.type == "text")
            else:
                client = get_cerebras() if provider == "cerebras" else get_openai()
                if system:
                    messages.insert(0, {"role": "system", "content": system})
                resp = await client.chat.completions.create(model=model, messages=messages, max_tokens=max_tokens)
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
                text = resp.choices[0].message.content
        return {"text": text, "model": model, "provider": provider, "task_type": task_type}

    async def embed_texts(self, texts: list[str], feature: str = "embed") -> list[list[float]]:
        model = get_settings().embed_model
        async with llm_tracker.track_llm_call(provider="openai", model=model, feature_context=feature) as usage_log:
            resp = await get_openai().embeddings.create(model=model, input=texts)
            usage_log.input_tokens = resp.usage.prompt_tokens
        return [d.embedding for d in resp.data]


multi_model_service = MultiModelService()
