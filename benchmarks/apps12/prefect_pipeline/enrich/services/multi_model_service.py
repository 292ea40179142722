"""Routes prompts to a provider/model by task type and complexity, with tracking."""
from __future__ import annotations

import asyncio
import enum
import logging
from typing import Optional

from enrich.clients import async_azure_openai, bedrock_runtime
from enrich.services.llm_usage_tracker import llm_tracker
from enrich.settings import get_settings

log = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


class MultiModelService:
    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: Optional[str] = None,
        max_tokens: int = 512,
    ) -> str:
        s = get_settings()
        if complexity is TaskComplexity.SIMPLE:
            messages = [{"role": "user", "content": prompt}]
            if system:
                messages.insert(0, {"role": "system", "content": system})
            async with llm_tracker.track_llm_call(
                provider="azure_openai", model=s.azure_chat_deployment, feature_context=task_type
            ) as usage_log:
                resp = await async_azure_openai().chat.completions.create(
                    model=s.azure_chat_deployment, messages=messages, max_tokens=max_tokens
                )
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content or ""

        kwargs = {
            "modelId": s.bedrock_chat_model,
            "messages": [{"role": "user", "content": [{"text": prompt}]}],
            "inferenceConfig": {"maxTokens": max_tokens},
        }
        if system:
            kwargs["system"] = [{"text": system}]
        async with llm_tracker.track_llm_call(
            provider="bedrock", model=s.bedrock_chat_model, feature_context=task_type
        ) as usage_log:
            resp = await asyncio.to_thread(bedrock_runtime().converse, **kwargs)
            usage_log.input_tokens = resp["usage"]["inputTokens"]
            usage_log.output_tokens = resp["usage"]["outputTokens"]
        return "".join(b.get("text", "") for b in resp["output"]["message"]["content"])


multi_model_service = MultiModelService()
