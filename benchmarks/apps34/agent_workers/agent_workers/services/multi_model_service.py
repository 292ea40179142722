"""Tracked entry point for model calls.  Prefer this over touching a client directly."""
from __future__ import annotations

from enum import Enum
from typing import Any

from agent_workers.clients import make_anthropic, make_openai
from agent_workers.config import get_settings
from agent_workers.services.llm_usage_tracker import llm_tracker


class TaskComplexity(str, Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_ROUTES: dict[TaskComplexity, tuple[str, str]] = {
    TaskComplexity.SIMPLE: ("openai", "gpt-4.1-mini"),
    TaskComplexity.STANDARD: ("openai", "gpt-4.1"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-sonnet-4-20250514"),
}


class MultiModelService:
    def __init__(self) -> None:
        self._openai = None
        self._anthropic = None

    def _clients(self):
        if self._openai is None:
            settings = get_settings()
            self._openai = make_openai(settings)
            self._anthropic = make_anthropic(settings)
        return self._openai, self._anthropic

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        tenant: str | None = None,
        max_tokens: int = 1024,
    ) -> dict[str, Any]:
        provider, model = _ROUTES[complexity]
        openai_client, anthropic_client = self._clients()
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type, tenant=tenant
        ) as usage_log:
            if provider == "openai":
                resp = await openai_client.responses.create(
                    model=model, input=prompt, instructions=system, max_output_tokens=max_tokens
                )
                usage_log.input_tokens = resp.usage.input_tokens
                usage_log.output_tokens = resp.usage.output_tokens
                text = resp.output_text
            else:
                msg = await anthropic_client.messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
                text = "".join(b.text for b in msg.content if b.type == "text")
        return {"content": text, "model": model, "provider": provider}


multi_model_service = MultiModelService()
