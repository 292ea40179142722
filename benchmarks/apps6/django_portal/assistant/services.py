"""Chat backends for the in-app assistant.

Every backend exposes ``reply(history)`` and ``stream_reply(history)`` with
history as a list of ``{"role", "content"}`` dicts (oldest first).
"""
import logging
from typing import Dict, Iterator, List, Type

from django.apps import apps
from django.conf import settings

from core.llm import get_async_anthropic_client, get_mistral_client, get_xai_client
from core.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)

SYSTEM_PROMPT = (
    "You are the in-app assistant of a support portal. Be brief and concrete, "
    "link to help articles when you can, and never invent account details."
)


class AssistantBackend:
    name = "base"
    model = ""

    def __init__(self):
        self.client = self.build_client()

    def build_client(self):
        raise NotImplementedError

    def reply(self, history: List[dict]) -> str:
        raise NotImplementedError

    def stream_reply(self, history: List[dict]) -> Iterator[str]:
        # Backends without native streaming just yield the whole answer.
        yield self.reply(history)


class ClaudeBackend(AssistantBackend):
    name = "claude"
    model = settings.ANTHROPIC_MODEL

    def build_client(self):
        return apps.get_app_config("assistant").anthropic

    def reply(self, history):
        message = self.client.messages.create(
            model=self.model,
            max_tokens=1024,
            system=SYSTEM_PROMPT,
            messages=history,
        )
        return "".join(b.text for b in message.content if b.type == "text")


class MistralBackend(AssistantBackend):
    name = "mistral"
    model = settings.MISTRAL_CHAT_MODEL

    def build_client(self):
        return get_mistral_client()

    def _messages(self, history):
        return [{"role": "system", "content": SYSTEM_PROMPT}] + history

    def reply(self, history):
        res = self.client.chat.complete(model=self.model, messages=self._messages(history))
        return res.choices[0].message.content

    def stream_reply(self, history):
        events = self.client.chat.stream(model=self.model, messages=self._messages(history))
        for event in events:
            delta = event.data.choices[0].delta.content
            if delta:
                yield delta


class GrokBackend(AssistantBackend):
    name = "grok"
    model = settings.XAI_MODEL

    def build_client(self):
        return get_xai_client()

    def reply(self, history):
        completion = self.client.chat.completions.create(
            model=self.model,
            messages=[{"role": "system", "content": SYSTEM_PROMPT}, *history],
        )
        return completion.choices[0].message.content


BACKENDS: Dict[str, Type[AssistantBackend]] = {
    cls.name: cls for cls in (ClaudeBackend, MistralBackend, GrokBackend)
}


def get_backend(name: str = None) -> AssistantBackend:
    name = name or settings.ASSISTANT_DEFAULT_BACKEND
    try:
        return BACKENDS[name]()
    except KeyError:
        logger.warning("unknown assistant backend %r, falling back to claude", name)
        return ClaudeBackend()


async def summarize_conversation(history: List[dict]) -> str:
    """Used when a conversation is escalated to a human agent."""
    client = get_async_anthropic_client()
    async with llm_tracker.track_llm_call(
        provider="anthropic",
        model=settings.ANTHROPIC_FAST_MODEL,
        feature_context="assistant_escalation_summary",
    ) as usage_log:
        message = await client.messages.create(
            model=settings.ANTHROPIC_FAST_MODEL,
            max_tokens=300,
            system="Summarise this conversation for a support agent taking over.",
            messages=history + [{"role": "user", "content": "Summarise the conversation above."}],
        )
        usage_log.input_tokens = message.usage.input_tokens
        usage_log.output_tokens = message.usage.output_tokens
    return message.content[0].text
