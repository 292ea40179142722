"""Single entry point for text generation with usage tracking.

New code should call ``multi_model_service.generate_response`` instead of
talking to an SDK directly.
"""
from __future__ import annotations

import asyncio
import logging
from enum import Enum

from app.core.config import settings
from app.services.ai_clients import get_async_azure_openai, get_bedrock_runtime
from app.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(str, Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


class MultiModelService:
    def _route(self, complexity: TaskComplexity) -> tuple[str, str]:
        if complexity == TaskComplexity.SIMPLE:
            return "azure_openai", settings.AZURE_OPENAI_MINI_DEPLOYMENT
        if complexity == TaskComplexity.STANDARD:
            return "azure_openai", settings.AZURE_OPENAI_CHAT_DEPLOYMENT
        return "bedrock", settings.BEDROCK_SONNET_MODEL_ID

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        *,
        system: str | None = None,
        max_tokens: int = 1024,
        temperature: float = 0.2,
        tenant_id: str | None = None,
        json_mode: bool = False,
    ) -> str:
        provider, model = self._route(complexity)
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type, tenant_id=tenant_id
        ) as usage_log:
            if provider == "azure_openai":
                messages = []
                if system:
                    messages.append({"role": "system", "content": system})
                messages.append({"role": "user", "content": prompt})
                kwargs = {"response_format": {"type": "json_object"}} if json_mode else {}
                resp = await get_async_azure_openai().chat.completions.create(
                    model=model,
                    messages=messages,
                    max_tokens=max_tokens,
                    temperature=temperature,
                    **kwargs,
                )
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
                return resp.choices[0].message.content or ""

            resp = await asyncio.to_thread(
                get_bedrock_runtime().converse,
                modelId=model,
                system=[{"text": system}] if system else [],
                messages=[{"role": "user", "content": [{"text": prompt}]}],
                inferenceConfig={"maxTokens": max_tokens, "temperature": temperature},
            )
            usage_log.input_tokens = resp["usage"]["inputTokens"]
            usage_log.output_tokens = resp["usage"]["outputTokens"]
            return "".join(
                block.get("text", "") for block in resp["output"]["message"]["content"]
            )


multi_model_service = MultiModelService()
