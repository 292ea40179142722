"""Tracked multi-provider entry point. New code should call generate_response()."""
from __future__ import annotations

import enum
import logging
from typing import Optional

from supportstream.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


_ROUTES = {
    ("chat", TaskComplexity.SIMPLE): ("groq", "llama-3.1-8b-instant"),
    ("chat", TaskComplexity.AGENTIC): ("anthropic", "claude-3-5-sonnet-20241022"),
    ("summary", TaskComplexity.SIMPLE): ("openai", "gpt-4o-mini"),
    ("summary", TaskComplexity.AGENTIC): ("anthropic", "claude-3-5-sonnet-20241022"),
    ("reply_draft", TaskComplexity.SIMPLE): ("openai", "gpt-4o-mini"),
    ("reply_draft", TaskComplexity.AGENTIC): ("anthropic", "claude-3-5-sonnet-20241022"),
}


class MultiModelService:
    def __init__(self) -> None:
        self._clients = None

    def bind(self, clients) -> None:
        self._clients = clients

    def _route(self, task_type: str, complexity: TaskComplexity) -> tuple[str, str]:
        return _ROUTES.get((task_type, complexity), ("openai", "gpt-4o-mini"))

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: Optional[str] = None,
        max_tokens: int = 800,
    ) -> str:
        if self._clients is None:
            from supportstream.app import app

            self._clients = app.clients
        provider, model = self._route(task_type, complexity)
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            if provider == "anthropic":
                resp = await self._clients.anthropic.messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "You are a helpful support assistant.",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = resp.usage.input_tokens
                usage_log.output_tokens = resp.usage.output_tokens
                return resp.content[0].text

            client = self._clients.groq if provider == "groq" else self._clients.openai
            messages = [{"role": "user", "content": prompt}]
            if system:
                messages.insert(0, {"role": "system", "content": system})
            resp = await client.chat.completions.create(
                model=model, messages=messages, max_tokens=max_tokens
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content or ""


multi_model_service = MultiModelService()
