# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)

"""Tracked entry point for LLM requests (LLMOPS-180).

    response = asyncio.run(multi_model_service.generate_response(
        prompt=..., task_type='log_summary', complexity=TaskComplexity.SIMPLE))
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import enum

from ansible_collections.acme.llmops.plugins.module_utils import llm_clients
from ansible_collections.acme.llmops.plugins.module_utils.usage_tracker import llm_tracker


class TaskComplexity(enum.Enum):
    SIMPLE = 'simple'
    STANDARD = 'standard'
    AGENTIC = 'agentic'


ROUTES = {
    TaskComplexity.SIMPLE: ('openai', 'gpt-4o-mini'),
    TaskComplexity.STANDARD: ('anthropic', 'claude-3-5-haiku-20241022'),
    TaskComplexity.AGENTIC: ('anthropic', 'claude-3-5-sonnet-20241022'),
}


class MultiModelService(object):
    def __init__(self, routes=None):
        self.routes = dict(routes or ROUTES)

    async def generate_response(self, prompt, task_type='chat', complexity=TaskComplexity.SIMPLE,
                                system=None, max_tokens=800, provider=None, model=None):
        route_provider, route_model = self.routes[complexity]
        provider = provider or route_provider
        model = model or route_model
        async with llm_tracker.track_llm_call(provider=provider, model=model,
                                              feature_context=task_type) as usage_log:
            if provider == 'anthropic':
                client = llm_clients.get_async_anthropic_client()
                resp = await client.messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system or '',
                    messages=[{'role': 'user', 'content': prompt}],
                )
                usage_log.input_tokens = resp.usage.input_tokens
                usage_log.output_tokens = resp.usage.output_tokens
                return ''.join(b.text for b in resp.content if b.type == 'text')

            client = llm_clients.get_openai_client()
            messages = [{'role': 'user', 'content': prompt}]
            if system:
                messages.insert(0, {'role': 'system', 'content': system})
            resp = client.chat.completions.create(model=model, messages=messages,
                                                  max_tokens=max_tokens)
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content


multi_model_service = MultiModelService()
