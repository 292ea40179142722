"""The sanctioned way to call a model. Routes by task type / complexity via LiteLLM
and records usage through the tracker."""
from __future__ import annotations

import enum
import logging
from typing import Any, Optional

import litellm

from copilot.config import settings
from copilot.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_ROUTES = {
    TaskComplexity.SIMPLE: "groq/" + settings.groq_model,
    TaskComplexity.STANDARD: "anthropic/" + settings.anthropic_model,
    TaskComplexity.AGENTIC: "bedrock/" + settings.bedrock_model,
}


class MultiModelService:
    def __init__(self) -> None:
        self.default_temperature = settings.default_temperature

    def pick_model(self, task_type: str, complexity: TaskComplexity) -> str:
        if task_type == "email_draft":
            return "openai/" + settings.openai_mini_model
        return _ROUTES[complexity]

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: Optional[str] = None,
        history: Optional[list[dict[str, Any]]] = None,
        session_id: Optional[str] = None,
        max_tokens: int = 800,
    ) -> str:
        model = self.pick_model(task_type, complexity)
        messages: list[dict[str, Any]] = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.extend(history or [])
        messages.append({"role": "user", "content": prompt})
        async with llm_tracker.track_llm_call(
            provider=model.split("/", 1)[0],
            model=model,
            feature_context=task_type,
            session_id=session_id,
        ) as usage_log:
            response = await litellm.acompletion(
                model=model,
                messages=messages,
                temperature=self.default_temperature,
                max_tokens=max_tokens,
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content or ""


multi_model_service = MultiModelService()
