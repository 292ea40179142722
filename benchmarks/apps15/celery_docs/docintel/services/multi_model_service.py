"""Tracked entry point for model calls.

Routes a prompt to a deployment based on task type / complexity and records
token usage through ``llm_tracker``. Prefer this over calling SDKs directly.
"""
import enum
import logging
from typing import Optional

from docintel.core.settings import settings
from docintel.core.worker_clients import make_async_azure
from docintel.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_DEPLOYMENTS = {
    TaskComplexity.SIMPLE: settings.azure_mini_deployment,
    TaskComplexity.STANDARD: settings.azure_chat_deployment,
    TaskComplexity.AGENTIC: settings.azure_chat_deployment,
}


class MultiModelService:
    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system_prompt: Optional[str] = None,
        tenant_id: Optional[str] = None,
        max_tokens: int = 1024,
        temperature: float = 0.2,
    ) -> str:
        deployment = _DEPLOYMENTS[complexity]
        messages = []
        if system_prompt:
            messages.append({"role": "system", "content": system_prompt})
        messages.append({"role": "user", "content": prompt})

        async with make_async_azure() as client:
            async with llm_tracker.track_llm_call(
                provider="azure_openai",
                model=deployment,
                feature_context=task_type,
                tenant_id=tenant_id,
            ) as usage_log:
                response = await client.chat.completions.create(
                    model=deployment,
                    messages=messages,
                    max_tokens=max_tokens,
                    temperature=temperature,
                )
                if response.usage is not None:
                    usage_log.input_tokens = response.usage.prompt_tokens
                    usage_log.output_tokens = response.usage.completion_tokens

        return response.choices[0].message.content or ""


multi_model_service = MultiModelService()
