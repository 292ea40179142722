"""Tracked entry point for model calls.

Every new skill should call ``multi_model_service.generate_response`` rather
than talking to an SDK directly; usage is logged via ``llm_tracker``.
"""
import enum
import logging

import litellm

from .llm_usage_tracker import llm_tracker

_LOGGER = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    MODERATE = "moderate"
    AGENTIC = "agentic"


_MODEL_BY_COMPLEXITY = {
    TaskComplexity.SIMPLE: "gpt-4o-mini",
    TaskComplexity.MODERATE: "claude-3-5-haiku-latest",
    TaskComplexity.AGENTIC: "claude-sonnet-4-20250514",
}


def _provider_for(model):
    if model.startswith("claude"):
        return "anthropic"
    if model.startswith("bedrock/"):
        return "bedrock"
    return "openai"


class MultiModelService:
    def __init__(self):
        self.default_temperature = 0.2

    def model_for(self, complexity):
        return _MODEL_BY_COMPLEXITY.get(complexity, "gpt-4o-mini")

    async def generate_response(
        self,
        prompt,
        task_type="chat",
        complexity=TaskComplexity.SIMPLE,
        system=None,
        history=None,
        max_tokens=800,
        model=None,
    ):
        model = model or self.model_for(complexity)
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.extend(history or [])
        messages.append({"role": "user", "content": prompt})
        async with llm_tracker.track_llm_call(
            provider=_provider_for(model), model=model, feature_context=task_type
        ) as usage_log:
            response = await litellm.acompletion(
                model=model,
                messages=messages,
                max_tokens=max_tokens,
                temperature=self.default_temperature,
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content

    async def embed(self, texts, model="text-embedding-3-small", task_type="embedding"):
        async with llm_tracker.track_llm_call(
            provider="openai", model=model, feature_context=task_type
        ) as usage_log:
            response = await litellm.aembedding(model=model, input=texts)
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = 0
        return [item["embedding"] for item in response.data]


multi_model_service = MultiModelService()
