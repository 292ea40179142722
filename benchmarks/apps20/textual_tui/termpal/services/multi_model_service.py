"""Tracked model access.

``multi_model_service.generate_response`` picks a model for the task, calls it
through litellm and records usage.  Prefer this over talking to a vendor SDK.
"""

from __future__ import annotations

import enum

import litellm

from termpal.services.llm_usage_tracker import llm_tracker


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


_ROUTES = {
    ("chat", TaskComplexity.SIMPLE): "gpt-4o-mini",
    ("chat", TaskComplexity.AGENTIC): "anthropic/claude-3-5-sonnet-latest",
    ("title", TaskComplexity.SIMPLE): "groq/llama-3.1-8b-instant",
    ("summary", TaskComplexity.SIMPLE): "gemini/gemini-2.0-flash",
    ("summary", TaskComplexity.AGENTIC): "mistral/mistral-large-latest",
}


class MultiModelService:
    def __init__(self, routes: dict | None = None) -> None:
        self.routes = dict(routes or _ROUTES)

    def pick_model(self, task_type: str, complexity: TaskComplexity) -> str:
        return self.routes.get((task_type, complexity), "gpt-4o-mini")

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        history: list[dict] | None = None,
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
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            response = await litellm.acompletion(model=model, messages=messages, max_tokens=max_tokens)
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content or ""


multi_model_service = MultiModelService()
