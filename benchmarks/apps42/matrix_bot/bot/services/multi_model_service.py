"""The tracked path: pick a model for the task and record usage.

New code should call ``multi_model_service.generate_response(...)``.
"""
from __future__ import annotations

import enum
import logging

import litellm

from bot.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_MODEL_TABLE = {
    TaskComplexity.SIMPLE: "gpt-4o-mini",
    TaskComplexity.STANDARD: "anthropic/claude-3-5-haiku-20241022",
    TaskComplexity.AGENTIC: "anthropic/claude-3-5-sonnet-20241022",
}


class MultiModelService:
    def __init__(self, table: dict | None = None):
        self.table = dict(table or _MODEL_TABLE)

    def pick_model(self, task_type: str, complexity: TaskComplexity) -> str:
        if task_type == "moderation":
            return "gpt-4o-mini"
        return self.table[complexity]

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        history: list[dict] | None = None,
        room_id: str | None = None,
        max_tokens: int = 1024,
    ) -> str:
        model = self.pick_model(task_type, complexity)
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.extend(history or [])
        messages.append({"role": "user", "content": prompt})

        provider = model.split("/", 1)[0] if "/" in model else "openai"
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type, room_id=room_id
        ) as usage_log:
            response = await litellm.acompletion(model=model, messages=messages, max_tokens=max_tokens)
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content or ""


multi_model_service = MultiModelService()
