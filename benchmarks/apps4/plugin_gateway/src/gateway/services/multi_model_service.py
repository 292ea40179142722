"""The tracked entry point for product features: picks a provider/model by task and
records usage for every request."""
from __future__ import annotations

import asyncio
import enum
from typing import Optional

from gateway.providers import get_provider
from gateway.schemas import ChatMessage
from gateway.services.llm_usage_tracker import llm_tracker


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_ROUTES = {
    TaskComplexity.SIMPLE: ("groq", "llama-3.1-8b-instant"),
    TaskComplexity.STANDARD: ("openai", "gpt-4o-mini"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-sonnet-4-20250514"),
}


class MultiModelService:
    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.STANDARD,
        system: Optional[str] = None,
        team: Optional[str] = None,
        max_tokens: Optional[int] = None,
    ) -> str:
        provider_name, model = _ROUTES[complexity]
        provider = get_provider(provider_name)
        messages = []
        if system:
            messages.append(ChatMessage(role="system", content=system))
        messages.append(ChatMessage(role="user", content=prompt))
        async with llm_tracker.track_llm_call(
            provider=provider_name, model=model, feature_context=task_type, team=team
        ) as usage_log:
            result = await asyncio.to_thread(
                provider.complete, messages, model=model, max_tokens=max_tokens
            )
            usage_log.input_tokens = result.usage.input_tokens
            usage_log.output_tokens = result.usage.output_tokens
        return result.text


multi_model_service = MultiModelService()
