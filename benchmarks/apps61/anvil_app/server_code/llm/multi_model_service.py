"""The tracked way to talk to a model.

    response = await multi_model_service.generate_response(
        prompt="...", task_type="summary", complexity=TaskComplexity.SIMPLE)

Anvil server functions are synchronous, so callers usually wrap this in
`run_sync(...)` from `server_code.utils`.
"""
import enum
import logging

import litellm

from .clients import configure_litellm
from .llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_MODEL_BY_COMPLEXITY = {
    TaskComplexity.SIMPLE: ("openai", "gpt-4o-mini"),
    TaskComplexity.STANDARD: ("anthropic", "anthropic/claude-3-5-haiku-latest"),
    TaskComplexity.AGENTIC: ("anthropic", "anthropic/claude-3-5-sonnet-latest"),
}


class MultiModelService:
    def __init__(self):
        self._overrides = {}

    def override(self, task_type, provider, model):
        self._overrides[task_type] = (provider, model)

    def _pick(self, task_type, complexity):
        return self._overrides.get(task_type) or _MODEL_BY_COMPLEXITY[complexity]

    async def generate_response(
        self,
        prompt,
        task_type="chat",
        complexity=TaskComplexity.SIMPLE,
        system_prompt=None,
        max_tokens=600,
        temperature=0.2,
    ):
        configure_litellm()
        provider, model = self._pick(task_type, complexity)
        messages = []
        if system_prompt:
            messages.append({"role": "system", "content": system_prompt})
        messages.append({"role": "user", "content": prompt})

        async with llm_tracker.track_llm_call(
            provider=provider, model=model.split("/")[-1], feature_context=task_type
        ) as usage_log:
            response = await litellm.acompletion(
                model=model,
                messages=messages,
                max_tokens=max_tokens,
                temperature=temperature,
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens

        return response.choices[0].message.content


multi_model_service = MultiModelService()
