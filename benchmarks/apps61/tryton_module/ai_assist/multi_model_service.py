# This file is part of the ai_assist module.  The COPYRIGHT file at the top
# level of this repository contains the full copyright notices and license terms.
"""Tracked entry point for every new feature.

    response = await multi_model_service.generate_response(
        prompt=..., task_type='chat', complexity=TaskComplexity.SIMPLE)
"""
import asyncio
import enum

from .configuration import get_config
from .llm_usage_tracker import llm_tracker
from .providers import get_provider


class TaskComplexity(enum.Enum):
    SIMPLE = 'simple'
    AGENTIC = 'agentic'


# complexity -> provider override; None means "configured provider"
ROUTING = {
    TaskComplexity.SIMPLE: None,
    TaskComplexity.AGENTIC: 'anthropic',
    }


class MultiModelService:

    async def generate_response(self, prompt, task_type='chat',
            complexity=TaskComplexity.SIMPLE, system=None, max_tokens=None):
        config = get_config()
        provider = get_provider(ROUTING.get(complexity))
        async with llm_tracker.track_llm_call(
                provider=provider.name, model=provider.model,
                feature_context=task_type) as usage_log:
            completion = await asyncio.to_thread(
                provider.generate, prompt, system=system,
                max_tokens=max_tokens or config.max_tokens or 800,
                temperature=config.temperature or 0.3)
            usage_log.input_tokens = completion.input_tokens
            usage_log.output_tokens = completion.output_tokens
        return completion.text


multi_model_service = MultiModelService()


def run_sync(coro):
    "Tryton request handlers are synchronous"
    return asyncio.run(coro)
