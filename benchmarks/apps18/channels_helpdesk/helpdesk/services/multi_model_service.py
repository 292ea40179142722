"""
The one blessed way to ask a model something.

    response = await multi_model_service.generate_response(
        prompt="...", task_type="chat", complexity=TaskComplexity.SIMPLE
    )
"""
from __future__ import annotations

import enum
import logging
from dataclasses import dataclass

from asgiref.sync import async_to_sync

from helpdesk.clients import get_router

from .llm_usage_tracker import llm_tracker

logger = logging.getLogger("helpdesk.multi_model")


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_MODEL_FOR = {
    TaskComplexity.SIMPLE: "support-fast",
    TaskComplexity.STANDARD: "support-answer",
    TaskComplexity.AGENTIC: "support-answer",
}


@dataclass
class ModelResponse:
    text: str
    model: str
    input_tokens: int
    output_tokens: int


class MultiModelService:
    def __init__(self, router_factory=get_router):
        self._router_factory = router_factory

    def pick_model(self, task_type: str, complexity: TaskComplexity) -> str:
        if task_type in {"classification", "tagging"}:
            return "support-fast"
        return _MODEL_FOR[complexity]

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        ticket_id: int | None = None,
        temperature: float = 0.2,
        max_tokens: int = 800,
        response_format: dict | None = None,
    ) -> ModelResponse:
        model = self.pick_model(task_type, complexity)
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
        extra = {"response_format": response_format} if response_format else {}

        router = self._router_factory()
        async with llm_tracker.track_llm_call(
            provider="litellm", model=model, feature_context=task_type, ticket_id=ticket_id
        ) as usage_log:
            resp = await router.acompletion(
                model=model,
                messages=messages,
                temperature=temperature,
                max_tokens=max_tokens,
                **extra,
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens

        return ModelResponse(
            text=resp.choices[0].message.content or "",
            model=resp.model,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
        )

    def generate_response_sync(self, prompt: str, **kwargs) -> ModelResponse:
        """For Huey tasks / management commands that aren't async."""
        return async_to_sync(self.generate_response)(prompt, **kwargs)


multi_model_service = MultiModelService()
