"""The one blessed way to call a model.

Picks a provider by task complexity, records usage through ``llm_tracker``.
New code should use ``multi_model_service.generate_response``.
"""
from __future__ import annotations

import enum
import logging
from typing import Any

from .. import clients
from .llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_ROUTES: dict[TaskComplexity, tuple[str, str]] = {
    TaskComplexity.SIMPLE: ("groq", "llama-3.1-8b-instant"),
    TaskComplexity.STANDARD: ("openai", "gpt-4o-mini"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-3-5-sonnet-latest"),
}


class MultiModelService:
    def __init__(self) -> None:
        self._openai = None
        self._groq = None
        self._anthropic = None

    def bind(self, ctx: Any) -> None:
        """Reuse the clients the listeners already created for this worker."""
        self._openai = getattr(ctx, "openai", None)
        self._groq = getattr(ctx, "groq", None)
        self._anthropic = getattr(ctx, "anthropic", None)

    def _ensure(self) -> None:
        # scripts / worker process: nothing bound, build our own
        if self._openai is None:
            self._openai = clients.make_openai()
        if self._groq is None:
            self._groq = clients.make_groq()
        if self._anthropic is None:
            self._anthropic = clients.make_anthropic()

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        max_tokens: int = 512,
        tenant: str | None = None,
    ) -> str:
        self._ensure()
        provider, model = _ROUTES[complexity]
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type, tenant=tenant
        ) as usage_log:
            if provider == "anthropic":
                msg = await self._anthropic.messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "You are a helpful customer support assistant.",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
                return "".join(b.text for b in msg.content if b.type == "text")

            client = self._groq if provider == "groq" else self._openai
            messages = [{"role": "user", "content": prompt}]
            if system:
                messages.insert(0, {"role": "system", "content": system})
            resp = await client.chat.completions.create(model=model, messages=messages, max_tokens=max_tokens)
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content or ""


multi_model_service = MultiModelService()
