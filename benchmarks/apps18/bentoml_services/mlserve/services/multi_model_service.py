"""Tracked entrypoint for text generation.

New code should call ``multi_model_service.generate_response`` instead of an SDK
client: model choice follows the task complexity and every call is recorded by
``llm_tracker``.
"""

from __future__ import annotations

import logging
from enum import Enum

from mlserve.clients import get_async_openai_client
from mlserve.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(str, Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_MODEL_BY_COMPLEXITY: dict[TaskComplexity, str] = {
    TaskComplexity.SIMPLE: "gpt-4o-mini",
    TaskComplexity.STANDARD: "gpt-4o",
    TaskComplexity.AGENTIC: "gpt-4.1",
}


class MultiModelService:
    def __init__(self) -> None:
        self._client = None

    @property
    def client(self):
        if self._client is None:
            self._client = get_async_openai_client()
        return self._client

    def pick_model(self, complexity: TaskComplexity) -> str:
        return _MODEL_BY_COMPLEXITY[complexity]

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system_prompt: str | None = None,
        tenant_id: str = "default",
        max_tokens: int = 1024,
    ) -> str:
        model = self.pick_model(complexity)
        messages = []
        if system_prompt:
            messages.append({"role": "system", "content": system_prompt})
        messages.append({"role": "user", "content": prompt})
        async with llm_tracker.track_llm_call(
            provider="openai", model=model, feature_context=task_type, tenant_id=tenant_id
        ) as usage_log:
            response = await self.client.chat.completions.create(
                model=model, messages=messages, max_tokens=max_tokens
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content or ""


multi_model_service = MultiModelService()
