"""Tracked gateway used when "Route through studio usage service" is enabled.

Thin port of the pipeline's multi_model_service: picks a provider by task
complexity and records every call with llm_tracker.
"""

import asyncio
import enum

from ..clients import get_anthropic_client, get_openai_client
from .llm_usage_tracker import llm_tracker


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


class MultiModelService:
    def __init__(self):
        self._prefs = None

    def bind(self, prefs):
        self._prefs = prefs
        return self

    async def generate_response(self, prompt, task_type="chat", complexity=TaskComplexity.SIMPLE, system=None):
        prefs = self._prefs
        if complexity is TaskComplexity.AGENTIC:
            client = get_anthropic_client(prefs)
            async with llm_tracker.track_llm_call(
                provider="anthropic", model=prefs.anthropic_model, feature_context=task_type
            ) as usage_log:
                msg = await asyncio.to_thread(
                    client.messages.create,
                    model=prefs.anthropic_model,
                    max_tokens=4096,
                    system=system or "",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
            return "".join(b.text for b in msg.content if b.type == "text")

        client = get_openai_client(prefs)
        messages = [{"role": "user", "content": prompt}]
        if system:
            messages.insert(0, {"role": "system", "content": system})
        async with llm_tracker.track_llm_call(
            provider="openai", model=prefs.openai_model, feature_context=task_type
        ) as usage_log:
            resp = client.chat.completions.create(model=prefs.openai_model, messages=messages)
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return resp.choices[0].message.content

    def generate_response_sync(self, prompt, **kwargs):
        return asyncio.run(self.generate_response(prompt, **kwargs))


multi_model_service = MultiModelService()
