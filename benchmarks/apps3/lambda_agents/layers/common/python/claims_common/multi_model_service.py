"""The supported entry point for model calls: routing plus usage tracking."""
from __future__ import annotations

import asyncio
import logging
from enum import Enum

from claims_common.aws_clients import bedrock_runtime
from claims_common.config import settings
from claims_common.llm_clients import async_anthropic_client
from claims_common.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(str, Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


class MultiModelService:
    async def generate_response(
        self,
        prompt: str,
        task_type: str,
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        tenant_id: str = "internal",
        system: str | None = None,
        max_tokens: int = 1024,
    ) -> str:
        if complexity is TaskComplexity.SIMPLE:
            return await self._bedrock(prompt, task_type, tenant_id, system, max_tokens)
        return await self._anthropic(prompt, task_type, tenant_id, system, max_tokens)

    async def _bedrock(self, prompt, task_type, tenant_id, system, max_tokens) -> str:
        async with llm_tracker.track_llm_call(
            feature=task_type, tenant_id=tenant_id, provider="bedrock", model=settings.bedrock_summary_model
        ) as usage_log:
            resp = await asyncio.to_thread(
                bedrock_runtime.converse,
                modelId=settings.bedrock_summary_model,
                system=[{"text": system or "You are a helpful claims assistant."}],
                messages=[{"role": "user", "content": [{"text": prompt}]}],
                inferenceConfig={"maxTokens": max_tokens},
            )
            usage_log.input_tokens = resp["usage"]["inputTokens"]
            usage_log.output_tokens = resp["usage"]["outputTokens"]
        return resp["output"]["message"]["content"][0]["text"]

    async def _anthropic(self, prompt, task_type, tenant_id, system, max_tokens) -> str:
        async with llm_tracker.track_llm_call(
            feature=task_type, tenant_id=tenant_id, provider="anthropic", model=settings.anthropic_model
        ) as usage_log:
            message = await async_anthropic_client.messages.create(
                model=settings.anthropic_model,
                max_tokens=max_tokens,
                system=system or "You are a helpful claims assistant.",
                messages=[{"role": "user", "content": prompt}],
            )
            usage_log.input_tokens = message.usage.input_tokens
            usage_log.output_tokens = message.usage.output_tokens
        return "".join(b.text for b in message.content if b.type == "text")


multi_model_service = MultiModelService()
