"""Single entry point for text generation with routing and usage tracking."""
from __future__ import annotations

import enum
import logging
from typing import Any, Dict, List, Optional

from app.clients.azure_openai import get_async_azure_openai
from app.clients.groq_client import async_groq_client
from app.config import get_settings
from app.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


class MultiModelService:
    def _route(self, task_type: str, complexity: TaskComplexity) -> Dict[str, str]:
        settings = get_settings()
        if complexity == TaskComplexity.SIMPLE and task_type in {"chat", "title", "classification"}:
            return {"provider": "groq", "model": settings.groq_fast_model}
        if complexity == TaskComplexity.AGENTIC:
            return {"provider": "azure", "model": settings.azure_chat_deployment}
        return {"provider": "azure", "model": settings.azure_mini_deployment}

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system_prompt: Optional[str] = None,
        matter_id: Optional[str] = None,
        max_tokens: int = 1024,
        temperature: float = 0.2,
    ) -> str:
        route = self._route(task_type, complexity)
        messages: List[Dict[str, Any]] = []
        if system_prompt:
            messages.append({"role": "system", "content": system_prompt})
        messages.append({"role": "user", "content": prompt})

        client = async_groq_client() if route["provider"] == "groq" else get_async_azure_openai()
        async with llm_tracker.track_llm_call(
            provider=route["provider"], model=route["model"], feature_context=task_type, matter_id=matter_id
        ) as usage_log:
            response = await client.chat.completions.create(
                model=route["model"],
                messages=messages,
                max_tokens=max_tokens,
                temperature=temperature,
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content or ""


multi_model_service = MultiModelService()
