"""Tracked entry point for model calls.

``multi_model_service.generate_response(...)`` picks a provider/model from the
task type and complexity, performs the call inside ``llm_tracker`` and returns
plain text.  New code should use this instead of touching SDK clients.
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass
from typing import Dict, List, Optional

from shared_code.clients import get_async_aoai_client, get_async_cohere
from shared_code.clients.deepseek_client import DEFAULT_MODEL as DEEPSEEK_MODEL
from shared_code.clients.deepseek_client import DeepSeekGateway
from shared_code.services.llm_usage_tracker import llm_tracker
from shared_code.settings import get_settings

logger = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


@dataclass(frozen=True)
class Route:
    provider: str
    model: str


class MultiModelService:
    def __init__(self) -> None:
        self._deepseek: Optional[DeepSeekGateway] = None

    def _route(self, task_type: str, complexity: TaskComplexity) -> Route:
        settings = get_settings()
        if task_type in {"classification", "tagging"} and settings.feature_flags.get("deepseek_classifier"):
            return Route("deepseek", DEEPSEEK_MODEL)
        if task_type == "grounded_answer":
            return Route("cohere", settings.vendors.cohere_chat_model)
        if complexity == TaskComplexity.SIMPLE:
            return Route("azure_openai", settings.azure_openai.mini_deployment)
        return Route("azure_openai", settings.azure_openai.chat_deployment)

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system_prompt: Optional[str] = None,
        tenant_id: Optional[str] = None,
        max_tokens: int = 800,
    ) -> str:
        route = self._route(task_type, complexity)
        messages: List[Dict[str, str]] = []
        if system_prompt:
            messages.append({"role": "system", "content": system_prompt})
        messages.append({"role": "user", "content": prompt})

        async with llm_tracker.track_llm_call(
            provider=route.provider,
            model=route.model,
            feature_context=task_type,
            tenant_id=tenant_id,
        ) as usage_log:
            if route.provider == "cohere":
                co = get_async_cohere()
                response = await co.chat(model=route.model, messages=messages, max_tokens=max_tokens)
                usage_log.input_tokens = int(response.usage.billed_units.input_tokens or 0)
                usage_log.output_tokens = int(response.usage.billed_units.output_tokens or 0)
                return "".join(part.text for part in response.message.content or [])
            if route.provider == "deepseek":
                if self._deepseek is None:
                    self._deepseek = DeepSeekGateway(model=route.model)
                completion = await self._deepseek._client.chat.completions.create(
                    model=route.model, messages=messages, max_tokens=max_tokens
                )
            else:
                completion = await get_async_aoai_client().chat.completions.create(
                    model=route.model, messages=messages, max_tokens=max_tokens
                )
            usage_log.input_tokens = completion.usage.prompt_tokens
            usage_log.output_tokens = completion.usage.completion_tokens
            return completion.choices[0].message.content or ""


multi_model_service = MultiModelService()
