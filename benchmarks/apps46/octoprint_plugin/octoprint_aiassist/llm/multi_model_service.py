# coding=utf-8
"""Provider-agnostic, tracked entry point for new code.

New features should call ``multi_model_service.generate_response(...)`` instead
of talking to an SDK directly; the service picks the model for the task and
records usage through ``llm_tracker``.
"""
from __future__ import absolute_import, unicode_literals

import asyncio
import enum
import logging

from . import clients
from .tracking import llm_tracker

_logger = logging.getLogger("octoprint.plugins.aiassist.mms")


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


# (provider, model) per complexity; overridden from plugin settings in configure()
DEFAULT_ROUTES = {
    TaskComplexity.SIMPLE: ("openai", "gpt-4o-mini"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-sonnet-4-20250514"),
}


class MultiModelService(object):
    def __init__(self):
        self._settings = {}
        self._routes = dict(DEFAULT_ROUTES)

    def configure(self, settings):
        self._settings = dict(settings)
        preferred = settings.get("preferred_provider")
        if preferred == "ollama":
            model = settings.get("ollama_model") or "llama3.1:8b"
            self._routes[TaskComplexity.SIMPLE] = ("ollama", model)

    async def generate_response(self, prompt, task_type="chat", complexity=TaskComplexity.SIMPLE,
                                system=None, max_tokens=800):
        provider, model = self._routes[complexity]
        client = clients.client_for(provider, self._settings)
        async with llm_tracker.track_llm_call(provider=provider, model=model,
                                              feature_context=task_type) as usage_log:
            if provider == "anthropic":
                response = await asyncio.to_thread(
                    client.messages.create,
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "You are a helpful 3D printing assistant.",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = response.usage.input_tokens
                usage_log.output_tokens = response.usage.output_tokens
                return "".join(b.text for b in response.content if b.type == "text")
            if provider == "ollama":
                response = await asyncio.to_thread(
                    client.chat,
                    model=model,
                    messages=_messages(system, prompt),
                )
                usage_log.input_tokens = response.prompt_eval_count or 0
                usage_log.output_tokens = response.eval_count or 0
                return response.message.content
            response = await asyncio.to_thread(
                client.chat.completions.create,
                model=model,
                messages=_messages(system, prompt),
                max_tokens=max_tokens,
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
            return response.choices[0].message.content

    def generate_response_sync(self, prompt, **kwargs):
        """For OctoPrint hooks that run on Tornado/worker threads without a loop."""
        return asyncio.run(self.generate_response(prompt, **kwargs))


def _messages(system, prompt):
    messages = []
    if system:
        messages.append({"role": "system", "content": system})
    messages.append({"role": "user", "content": prompt})
    return messages


multi_model_service = MultiModelService()
