"""Single entry point for model calls, with routing by task and automatic usage tracking."""
from __future__ import annotations

import logging
from enum import Enum
from typing import Dict, List, Optional, Tuple

from tutorbot.config import get_settings
from tutorbot.llm.clients import get_anthropic_client, get_deepseek_client, get_openai_client
from tutorbot.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(str, Enum):
    SIMPLE = "simple"
    MODERATE = "moderate"
    AGENTIC = "agentic"


class MultiModelService:
    def _route(self, task_type: str, complexity: TaskComplexity) -> Tuple[str, str]:
        s = get_settings()
        if complexity == TaskComplexity.AGENTIC:
            return "anthropic", s.claude_model
        if task_type in ("translation", "hint"):
            return "deepseek", s.deepseek_model
        if complexity == TaskComplexity.MODERATE:
            return "anthropic", s.claude_fast_model
        return "openai", s.default_chat_model

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: Optional[str] = None,
        history: Optional[List[Dict[str, str]]] = None,
        telegram_id: Optional[int] = None,
        max_tokens: int = 500,
        temperature: float = 0.7,
    ) -> str:
        provider, model = self._route(task_type, complexity)
        messages = [*(history or []), {"role": "user", "content": prompt}]

        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type, telegram_id=telegram_id
        ) as usage_log:
            if provider == "anthropic":
                resp = await get_anthropic_client().messages.create(
                    model=model,
                    system=system or "",
                    messages=messages,
                    max_tokens=max_tokens,
                    temperature=temperature,
                )
                usage_log.input_tokens = resp.usage.input_tokens
                usage_log.output_tokens = resp.usage.output_tokens
                return "".join(b.text for b in resp.content if b.type == "text")

            client = get_deepseek_client() if provider == "deepseek" else get_openai_client()
            if system:
                messages.insert(0, {"role": "system", "content": system})
            resp = await client.chat.completions.create(
                model=model, messages=messages, max_tokens=max_tokens, temperature=temperature
            )
            if resp.usage:
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content or ""


multi_model_service = MultiModelService()
