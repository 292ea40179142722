"""Tracked entry point for LLM requests.

New features call `multi_model_service.generate_response(...)`; it picks a model for
the task, calls it through litellm and records usage with llm_tracker.
"""

import enum
from typing import Dict, List, Optional

import litellm

from ..logging_setup import get_logger
from .llm_usage_tracker import llm_tracker

log = get_logger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    MODERATE = "moderate"
    AGENTIC = "agentic"


_DEFAULTS: Dict[TaskComplexity, str] = {
    TaskComplexity.SIMPLE: "claude-3-5-haiku-latest",
    TaskComplexity.MODERATE: "claude-sonnet-4-5",
    TaskComplexity.AGENTIC: "claude-sonnet-4-5",
}


def _provider_of(model: str) -> str:
    if model.startswith("claude"):
        return "anthropic"
    if model.startswith(("gpt", "o3", "o4")):
        return "openai"
    return model.split("/", 1)[0] if "/" in model else "litellm"


class MultiModelService:
    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        model_hint: Optional[str] = None,
        system: Optional[str] = None,
        max_tokens: int = 4096,
    ) -> str:
        model = model_hint or _DEFAULTS[complexity]
        messages: List[dict] = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})

        async with llm_tracker.track_llm_call(
            provider=_provider_of(model), model=model, feature_context=task_type
        ) as usage_log:
            response = await litellm.acompletion(model=model, messages=messages, max_tokens=max_tokens)
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content or ""


multi_model_service = MultiModelService()
