"""Tracked entry point for LLM requests. New code should use this."""

import asyncio
import enum
import logging

from nautobot_ai.app_settings import get_setting
from nautobot_ai.llm.clients import get_async_anthropic_client, get_async_openai_client
from nautobot_ai.llm.registry import registry
from nautobot_ai.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


# task_type -> (provider, complexity) routing table
ROUTES = {
    ("chat", TaskComplexity.SIMPLE): "openai",
    ("chat", TaskComplexity.AGENTIC): "anthropic",
    ("incident_summary", TaskComplexity.SIMPLE): "bedrock",
    ("incident_summary", TaskComplexity.AGENTIC): "anthropic",
    ("syslog", TaskComplexity.SIMPLE): "ollama",
    ("change_plan", TaskComplexity.AGENTIC): "anthropic",
}


class MultiModelService:
    def route(self, task_type, complexity):
        return ROUTES.get((task_type, complexity), get_setting("default_provider", "openai"))

    async def generate_response(self, prompt, task_type="chat", complexity=TaskComplexity.SIMPLE, system=None):
        provider = self.route(task_type, complexity)
        system = system or "You are a helpful network automation assistant."
        if provider == "openai":
            model = get_setting("openai_model", "gpt-4o-mini")
            async with llm_tracker.track_llm_call(provider="openai", model=model, feature_context=task_type) as usage_log:
                resp = await get_async_openai_client().chat.completions.create(
                    model=model,
                    messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content
        if provider == "anthropic":
            model = get_setting("anthropic_model")
            async with llm_tracker.track_llm_call(provider="anthropic", model=model, feature_context=task_type) as usage_log:
                msg = await get_async_anthropic_client().messages.create(
                    model=model,
                    max_tokens=4096 if complexity is TaskComplexity.AGENTIC else 1024,
                    system=system,
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
            return msg.content[0].text
        # Everything else goes through the sync registry providers in a thread.
        backend = registry.get(provider)
        async with llm_tracker.track_llm_call(provider=provider, model=getattr(backend, "model", provider), feature_context=task_type) as usage_log:
            completion = await asyncio.to_thread(backend.complete, system, prompt)
            usage_log.input_tokens = completion.input_tokens
            usage_log.output_tokens = completion.output_tokens
        return completion.text


multi_model_service = MultiModelService()
