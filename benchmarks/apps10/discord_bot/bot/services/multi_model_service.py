"""The supported way to ask a model something.

Picks a provider/model for the task, records usage, and falls back across providers.
"""
from __future__ import annotations

import enum
import logging
from typing import List, Optional

from bot.ai.clients import get_anthropic, get_groq, get_openai
from bot.config import settings
from bot.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_ROUTES = {
    TaskComplexity.SIMPLE: [("groq", settings.models.fast), ("openai", settings.models.chat)],
    TaskComplexity.STANDARD: [("openai", settings.models.chat), ("anthropic", settings.models.summary)],
    TaskComplexity.AGENTIC: [("anthropic", settings.models.summary_long), ("openai", settings.models.chat_premium)],
}


class MultiModelService:
    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: Optional[str] = None,
        guild_id: Optional[int] = None,
        max_tokens: int = 800,
    ) -> str:
        errors: List[Exception] = []
        for provider, model in _ROUTES[complexity]:
            try:
                return await self._call(provider, model, prompt, system, task_type, guild_id, max_tokens)
            except Exception as exc:  # try the next route
                log.warning("%s/%s failed for %s: %r", provider, model, task_type, exc)
                errors.append(exc)
        raise RuntimeError(f"all routes failed for {task_type}: {errors}")

    async def _call(self, provider, model, prompt, system, task_type, guild_id, max_tokens) -> str:
        async with llm_tracker.track_llm_call(provider, model, task_type, guild_id=guild_id) as usage_log:
            if provider == "anthropic":
                resp = await get_anthropic().messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = resp.usage.input_tokens
                usage_log.output_tokens = resp.usage.output_tokens
                return "".join(b.text for b in resp.content if b.type == "text")

            client = get_groq() if provider == "groq" else get_openai()
            messages = [{"role": "user", "content": prompt}]
            if system:
                messages.insert(0, {"role": "system", "content": system})
            resp = await client.chat.completions.create(model=model, messages=messages, max_tokens=max_tokens)
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content or ""


multi_model_service = MultiModelService()
