"""The supported way to call a model: routes by task and complexity and records usage."""
from __future__ import annotations

import enum
import logging
from typing import Dict, Optional, Tuple

import litellm

from agentd.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_ROUTES: Dict[TaskComplexity, Tuple[str, str]] = {
    TaskComplexity.SIMPLE: ("groq", "groq/llama-3.1-8b-instant"),
    TaskComplexity.STANDARD: ("openai", "openai/gpt-4o-mini"),
    TaskComplexity.AGENTIC: ("anthropic", "anthropic/claude-3-5-sonnet-latest"),
}


class MultiModelService:
    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: Optional[str] = None,
        max_tokens: int = 1024,
    ) -> str:
        provider, model = _ROUTES[complexity]
        messages = [{"role": "system", "content": system}] if system else []
        messages.append({"role": "user", "content": prompt})
        async with llm_tracker.track_llm_call(provider=provider, model=model, feature_context=task_type) as usage:
            resp = await litellm.acompletion(model=model, messages=messages, max_tokens=max_tokens)
            usage.input_tokens = resp.usage.prompt_tokens
            usage.output_tokens = resp.usage.completion_tokens
        return resp.choices[0].message.content or ""


multi_model_service = MultiModelService()
