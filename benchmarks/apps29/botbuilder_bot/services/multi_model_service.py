"""Tracked entry point for model calls. New code should go through here."""

import enum
import logging
from typing import Optional

from services.clients import get_anthropic, get_azure_openai, get_settings
from services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


class MultiModelService:
    """Routes a prompt to a model by complexity and records usage."""

    def __init__(self) -> None:
        self._settings = get_settings()

    def _pick(self, complexity: TaskComplexity) -> tuple:
        if complexity == TaskComplexity.AGENTIC:
            return "anthropic", self._settings.anthropic_model
        if complexity == TaskComplexity.STANDARD:
            return "azure", self._settings.chat_deployment
        return "azure", self._settings.mini_deployment

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system_prompt: Optional[str] = None,
        tenant_id: Optional[str] = None,
        max_tokens: int = 800,
    ) -> str:
        provider, model = self._pick(complexity)
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type, tenant_id=tenant_id
        ) as usage_log:
            if provider == "anthropic":
                msg = await get_anthropic().messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system_prompt or "You are an IT help desk assistant.",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
                return "".join(b.text for b in msg.content if b.type == "text")

            messages = []
            if system_prompt:
                messages.append({"role": "system", "content": system_prompt})
            messages.append({"role": "user", "content": prompt})
            resp = await get_azure_openai().chat.completions.create(
                model=model, messages=messages, max_tokens=max_tokens, temperature=0.2
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content or ""


multi_model_service = MultiModelService()
