"""Tracked entry point for LLM requests.

New bots should call ``multi_model_service.generate_response`` instead of
talking to SDK clients directly: it picks the model for the task and records
token usage through ``llm_tracker``.
"""
from __future__ import annotations

import enum
import logging

from wikiai.clients import get_async_anthropic_client, get_async_openai_client
from wikiai.registry import MODEL_REGISTRY, ModelSpec
from wikiai.tracking import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = 'simple'
    STANDARD = 'standard'
    AGENTIC = 'agentic'


_ROUTING = {
    ('summary', TaskComplexity.SIMPLE): 'gpt-mini',
    ('summary', TaskComplexity.STANDARD): 'claude-haiku',
    ('copyedit', TaskComplexity.SIMPLE): 'claude-haiku',
    ('copyedit', TaskComplexity.STANDARD): 'claude-sonnet',
    ('stub_expansion', TaskComplexity.STANDARD): 'claude-sonnet',
    ('stub_expansion', TaskComplexity.AGENTIC): 'gpt-4o',
    ('chat', TaskComplexity.SIMPLE): 'gpt-mini',
}


class MultiModelService:

    def pick(self, task_type: str, complexity: TaskComplexity) -> ModelSpec:
        alias = _ROUTING.get((task_type, complexity), 'gpt-mini')
        return MODEL_REGISTRY[alias]

    async def generate_response(self, prompt: str, task_type: str = 'chat',
                                complexity: TaskComplexity = TaskComplexity.SIMPLE,
                                system: str | None = None,
                                max_tokens: int | None = None) -> str:
        spec = self.pick(task_type, complexity)
        max_tokens = max_tokens or spec.max_output_tokens
        async with llm_tracker.track_llm_call(
            provider=spec.provider,
            model=spec.model_id,
            feature_context=task_type,
        ) as usage_log:
            if spec.provider == 'anthropic':
                client = get_async_anthropic_client()
                msg = await client.messages.create(
                    model=spec.model_id,
                    max_tokens=max_tokens,
                    system=system or 'You are a careful wiki editor.',
                    messages=[{'role': 'user', 'content': prompt}],
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
                return ''.join(b.text for b in msg.content
                               if b.type == 'text')

            client = get_async_openai_client()
            messages = []
            if system:
                messages.append({'role': 'system', 'content': system})
            messages.append({'role': 'user', 'content': prompt})
            resp = await client.chat.completions.create(
                model=spec.model_id,
                messages=messages,
                max_tokens=max_tokens,
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content or ''


multi_model_service = MultiModelService()
