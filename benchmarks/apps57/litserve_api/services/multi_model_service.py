"""Tracked entry point for LLM calls. New code should call ``generate_response``."""
from __future__ import annotations

import enum
import logging

from apis.llm.factories import get_async_openai_client, make_async_anthropic
from services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


_MODEL_BY_COMPLEXITY = {
    TaskComplexity.SIMPLE: ("openai", "gpt-4o-mini"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-3-5-sonnet-20241022"),
}


class MultiModelService:
    def __init__(self) -> None:
        self._openai = None
        self._anthropic = None

    def _clients(self):
        if self._openai is None:
            self._openai = get_async_openai_client()
            self._anthropic = make_async_anthropic()
        return self._openai, self._anthropic

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        max_tokens: int = 1024,
    ) -> str:
        provider, model = _MODEL_BY_COMPLEXITY[complexity]
        oai, claude = self._clients()
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            if provider == "openai":
                messages = [{"role": "user", "content": prompt}]
                if system:
                    messages.insert(0, {"role": "system", "content": system})
                resp = await oai.chat.completions.create(
                    model=model, messages=messages, max_tokens=max_tokens
                )
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
                return resp.choices[0].message.content or ""
            resp = await claude.messages.create(
                model=model,
                max_tokens=max_tokens,
                system=system or "",
                messages=[{"role": "user", "content": prompt}],
            )
            usage_log.input_tokens = resp.usage.input_tokens
            usage_log.output_tokens = resp.usage.output_tokens
            return resp.content[0].text


multi_model_service = MultiModelService()
