"""Tracked entry point for LLM calls.

New code should call ``multi_model_service.generate_response(...)`` instead
of touching SDK clients; usage is recorded through llm_tracker.
"""

import enum
import logging

from . import clients
from .llm_usage_tracker import llm_tracker

log = logging.getLogger("supybot.plugins.LLM.mms")


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


_ROUTES = {
    TaskComplexity.SIMPLE: ("openai", "gpt-4o-mini"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-3-5-sonnet-latest"),
}


class MultiModelService(object):
    def __init__(self):
        self._keys = {}

    def configure(self, keys):
        self._keys = dict(keys)

    async def generate_response(self, prompt, task_type="chat",
                                complexity=TaskComplexity.SIMPLE,
                                system=None, max_tokens=400, channel=None):
        provider, model = _ROUTES[complexity]
        async with llm_tracker.track_llm_call(
            provider=provider,
            model=model,
            feature_context=task_type,
            channel=channel,
        ) as usage_log:
            if provider == "anthropic":
                aclient = clients.get_async_anthropic(self._keys.get("anthropic"))
                msg = await aclient.messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
                return "".join(b.text for b in msg.content if b.type == "text")

            aclient = clients.get_async_openai(self._keys.get("openai"))
            messages = [{"role": "user", "content": prompt}]
            if system:
                messages.insert(0, {"role": "system", "content": system})
            resp = await aclient.chat.completions.create(
                model=model, messages=messages, max_tokens=max_tokens)
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content


multi_model_service = MultiModelService()
