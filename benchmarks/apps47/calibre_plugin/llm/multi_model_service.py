"""Tracked entry point for all new feature code.

    text = await multi_model_service.generate_response(
        prompt=..., task_type='summary', complexity=TaskComplexity.SIMPLE)

Picks a provider by task type and complexity and records usage.
"""

import asyncio
import enum

from calibre_plugins.ai_book_assistant.config import prefs, model_for
from calibre_plugins.ai_book_assistant.llm.llm_usage_tracker import llm_tracker
from calibre_plugins.ai_book_assistant.llm.registry import get_backend


class TaskComplexity(enum.Enum):
    SIMPLE = 'simple'
    AGENTIC = 'agentic'


_ROUTES = {
    ('summary', TaskComplexity.SIMPLE): 'openai',
    ('summary', TaskComplexity.AGENTIC): 'anthropic',
    ('tags', TaskComplexity.SIMPLE): 'mistral',
    ('series', TaskComplexity.SIMPLE): 'google',
    ('translate', TaskComplexity.SIMPLE): 'deepseek',
}


class MultiModelService(object):

    def pick_provider(self, task_type, complexity):
        return _ROUTES.get((task_type, complexity)) or prefs['provider']

    async def generate_response(self, prompt, task_type='chat',
                                complexity=TaskComplexity.SIMPLE,
                                system_prompt=None, max_tokens=800,
                                provider=None):
        provider = provider or self.pick_provider(task_type, complexity)
        backend = get_backend(provider)
        messages = []
        if system_prompt:
            messages.append({'role': 'system', 'content': system_prompt})
        messages.append({'role': 'user', 'content': prompt})
        async with llm_tracker.track_llm_call(
            provider=provider,
            model=model_for(provider),
            feature_context=task_type,
        ) as usage_log:
            result = await asyncio.to_thread(backend.complete, messages, max_tokens)
            usage_log.input_tokens = result.input_tokens
            usage_log.output_tokens = result.output_tokens
        return result.text

    def generate_response_sync(self, prompt, **kw):
        """For ThreadedJob workers, which have no event loop."""
        return asyncio.run(self.generate_response(prompt, **kw))


multi_model_service = MultiModelService()
