"""Tracked entry point for model calls.

Routes a prompt to a model by task complexity and records usage for every
request. Prefer this over calling an SDK directly.
"""

from __future__ import annotations

import enum
import logging
from typing import Optional

import litellm

from toolkit.config import settings
from toolkit.llm.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_MODEL_BY_COMPLEXITY = {
    TaskComplexity.SIMPLE: "gpt-4o-mini",
    TaskComplexity.STANDARD: "claude-3-5-haiku-20241022",
    TaskComplexity.AGENTIC: "claude-3-5-sonnet-20241022",
}


class MultiModelService:
    def __init__(self, default_tenant: str) -> None:
        self._default_tenant = default_tenant

    async def generate_response(
        self,
        prompt: str,
        task_type: str,
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: Optional[str] = None,
        tenant_id: Optional[str] = None,
        max_tokens: int = 1024,
    ) -> str:
        model = _MODEL_BY_COMPLEXITY[complexity]
        messages = [{"role": "user", "content": prompt}]
        if system:
            messages.insert(0, {"role": "system", "content": system})
        async with llm_tracker.track_llm_call(
            feature=task_type,
            tenant_id=tenant_id or self._default_tenant,
            model=model,
        ) as usage_log:
            response = await litellm.acompletion(model=model, messages=messages, max_tokens=max_tokens)
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        logger.debug("task=%s model=%s tokens=%s", task_type, model, response.usage.total_tokens)
        return response.choices[0].message.content or ""


multi_model_service = MultiModelService(default_tenant=settings.default_tenant)
