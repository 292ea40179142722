"""Single entry point for text generation with usage tracking.

Picks a provider/model by task type and complexity, calls it, and records the
tokens through ``llm_tracker``. New features should call
``multi_model_service.generate_response`` instead of an SDK directly.
"""
from __future__ import annotations

import asyncio
import logging
import uuid
from dataclasses import dataclass
from enum import Enum

from app.core.config import settings
from app.services.ai_clients import get_async_azure_openai, get_bedrock_runtime
from app.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(str, Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


@dataclass(frozen=True)
class Route:
    provider: str
    model: str


_ROUTES: dict[TaskComplexity, Route] = {
    TaskComplexity.SIMPLE: Route("azure_openai", settings.AZURE_OPENAI_MINI_DEPLOYMENT),
    TaskComplexity.STANDARD: Route("azure_openai", settings.AZURE_OPENAI_CHAT_DEPLOYMENT),
    TaskComplexity.AGENTIC: Route("bedrock", settings.BEDROCK_CLAUDE_MODEL_ID),
}


class MultiModelService:
    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        *,
        system: str | None = None,
        tenant_id: uuid.UUID | None = None,
        max_tokens: int = 1024,
        temperature: float = 0.3,
    ) -> str:
        route = _ROUTES[complexity]
        async with llm_tracker.track_llm_call(
            provider=route.provider,
            model=route.model,
            feature_context=task_type,
            tenant_id=tenant_id,
        ) as usage_log:
            if route.provider == "azure_openai":
                messages = []
                if system:
                    messages.append({"role": "system", "content": system})
                messages.append({"role": "user", "content": prompt})
                resp = await get_async_azure_openai().chat.completions.create(
                    model=route.model,
                    messages=messages,
                    max_tokens=max_tokens,
                    temperature=temperature,
                )
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
                return resp.choices[0].message.content or ""

            kwargs = {
                "modelId": route.model,
                "messages": [{"role": "user", "content": [{"text": prompt}]}],
                "inferenceConfig": {"maxTokens": max_tokens, "temperature": temperature},
            }
            if system:
                kwargs["system"] = [{"text": system}]
            resp = await asyncio.to_thread(get_bedrock_runtime().converse, **kwargs)
            usage_log.input_tokens = resp["usage"]["inputTokens"]
            usage_log.output_tokens = resp["usage"]["outputTokens"]
            return "".join(
                block.get("text", "") for block in resp["output"]["message"]["content"]
            )


multi_model_service = MultiModelService()
