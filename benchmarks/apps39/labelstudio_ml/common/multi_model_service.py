"""Tracked entry point for text generation.

New backends should call ``multi_model_service.generate_response`` instead of
talking to an SDK directly.
"""
import enum
import logging
from typing import Optional

from common.clients import get_anthropic_client, get_async_openai_client
from common.llm_usage_tracker import llm_tracker
from common.settings import settings

logger = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


class MultiModelService:
    def __init__(self):
        self._routes = {
            TaskComplexity.SIMPLE: ("openai", settings.openai_model),
            TaskComplexity.AGENTIC: ("anthropic", settings.anthropic_model),
        }

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: Optional[str] = None,
        max_tokens: Optional[int] = None,
    ) -> str:
        provider, model = self._routes[complexity]
        max_tokens = max_tokens or settings.max_tokens
        async with llm_tracker.track_llm_call(provider=provider, model=model, feature_context=task_type) as usage_log:
            if provider == "openai":
                messages = [{"role": "system", "content": system}] if system else []
                messages.append({"role": "user", "content": prompt})
                resp = await get_async_openai_client().chat.completions.create(
                    model=model, messages=messages, max_tokens=max_tokens, temperature=settings.temperature
                )
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
                return resp.choices[0].message.content or ""
            resp = get_anthropic_client().messages.create(
                model=model,
                max_tokens=max_tokens,
                system=system or "",
                messages=[{"role": "user", "content": prompt}],
            )
            usage_log.input_tokens = resp.usage.input_tokens
            usage_log.output_tokens = resp.usage.output_tokens
            return "".join(block.text for block in resp.content if block.type == "text")


multi_model_service = MultiModelService()
