"""Single entry point for model calls with usage tracking.

Routes by task complexity: simple chat goes to the mini deployment, agentic / analysis work to
the full deployment. Every call is recorded through ``llm_tracker``.
"""
import logging
from enum import Enum
from typing import List, Optional

from openai import AsyncAzureOpenAI

from app.services.llm_usage_tracker import llm_tracker
from app.settings import get_settings

logger = logging.getLogger(__name__)


class TaskComplexity(str, Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


class MultiModelService:
    def __init__(self) -> None:
        self._client: Optional[AsyncAzureOpenAI] = None

    def _get_client(self) -> AsyncAzureOpenAI:
        if self._client is None:
            s = get_settings().azure
            self._client = AsyncAzureOpenAI(
                azure_endpoint=s.endpoint,
                api_key=s.api_key,
                api_version=s.api_version,
                max_retries=s.max_retries,
            )
        return self._client

    def _deployment_for(self, complexity: TaskComplexity) -> str:
        s = get_settings().azure
        return s.mini_deployment if complexity == TaskComplexity.SIMPLE else s.chat_deployment

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system_prompt: Optional[str] = None,
        history: Optional[List[dict]] = None,
        temperature: float = 0.3,
        max_tokens: int = 800,
        response_format: Optional[dict] = None,
    ) -> str:
        deployment = self._deployment_for(complexity)
        messages: List[dict] = []
        if system_prompt:
            messages.append({"role": "system", "content": system_prompt})
        messages.extend(history or [])
        messages.append({"role": "user", "content": prompt})

        extra = {"response_format": response_format} if response_format else {}
        async with llm_tracker.track_llm_call(
            provider="azure_openai", model=deployment, feature_context=task_type
        ) as usage_log:
            resp = await self._get_client().chat.completions.create(
                model=deployment,
                messages=messages,
                temperature=temperature,
                max_tokens=max_tokens,
                **extra,
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return resp.choices[0].message.content or ""


multi_model_service = MultiModelService()
