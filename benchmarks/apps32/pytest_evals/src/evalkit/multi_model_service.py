"""Tracked entry point for model calls.  New eval code should go through here."""
from __future__ import annotations

import enum
import logging
from typing import Any, Optional

import litellm

from evalkit.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


_MODEL_BY_TASK = {
    ("chat", TaskComplexity.SIMPLE): "gpt-4o-mini",
    ("chat", TaskComplexity.AGENTIC): "claude-3-5-sonnet-latest",
    ("grading", TaskComplexity.SIMPLE): "gpt-4o-mini",
    ("grading", TaskComplexity.AGENTIC): "gpt-4o",
    ("synthesis", TaskComplexity.SIMPLE): "gemini/gemini-2.0-flash",
}


class MultiModelService:
    def pick_model(self, task_type: str, complexity: TaskComplexity) -> str:
        return _MODEL_BY_TASK.get((task_type, complexity), "gpt-4o-mini")

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: Optional[str] = None,
        **kwargs: Any,
    ) -> str:
        model = kwargs.pop("model", None) or self.pick_model(task_type, complexity)
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
        provider = model.split("/", 1)[0] if "/" in model else "openai"
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=f"evals:{task_type}"
        ) as usage_log:
            response = await litellm.acompletion(model=model, messages=messages, **kwargs)
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content or ""


multi_model_service = MultiModelService()
