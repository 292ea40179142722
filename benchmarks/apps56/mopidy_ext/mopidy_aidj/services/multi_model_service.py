"""Single entry point for tracked LLM generation.

New code should call ``multi_model_service.generate_response`` instead of
talking to an SDK directly; it picks a provider for the task, and records
token usage through ``llm_tracker``.
"""

import enum
import logging

from ..llm import factory
from .llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


class MultiModelService:
    def __init__(self):
        self._config = {}

    def configure(self, ext_config):
        self._config = dict(ext_config)

    def _route(self, task_type, complexity):
        if complexity is TaskComplexity.AGENTIC and self._config.get("anthropic_api_key"):
            return "anthropic", "claude-3-5-sonnet-latest"
        if self._config.get("openai_api_key"):
            return "openai", self._config.get("openai_model", "gpt-4o-mini")
        return "anthropic", self._config.get("commentary_model")

    async def generate_response(
        self,
        prompt,
        task_type="chat",
        complexity=TaskComplexity.SIMPLE,
        system=None,
        max_tokens=400,
    ):
        provider, model = self._route(task_type, complexity)
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=f"aidj.{task_type}"
        ) as usage_log:
            if provider == "anthropic":
                client = factory.make_async_anthropic_client(self._config)
                resp = await client.messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = resp.usage.input_tokens
                usage_log.output_tokens = resp.usage.output_tokens
                return "".join(b.text for b in resp.content if b.type == "text")

            client = factory.make_async_openai_client(self._config)
            messages = [{"role": "user", "content": prompt}]
            if system:
                messages.insert(0, {"role": "system", "content": system})
            resp = await client.chat.completions.create(
                model=model, messages=messages, max_tokens=max_tokens
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content


multi_model_service = MultiModelService()
