"""Chat backends behind a common interface, looked up by name.

Half of the plugins use this registry (``.askany``, ``.llmping``); the older
ones still reach into ``bot.memory['llm_clients']`` directly.  TODO(mira):
finish moving ask/claude over and drop the direct access.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Dict, List, Optional

from .clients import MEMORY_KEY

LOGGER = logging.getLogger(__name__)
REGISTRY_KEY = "llm_backends"


@dataclass
class Reply:
    text: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0


class ChatBackend:
    name = "base"

    def __init__(self, client, model: str):
        self.client = client
        self.model = model

    def complete(self, system: str, messages: List[dict], max_tokens: int = 400) -> Reply:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.model}>"


class OpenAIChatBackend(ChatBackend):
    name = "openai"

    def complete(self, system, messages, max_tokens=400):
        resp = self.client.chat.completions.create(
            model=self.model,
            messages=[{"role": "system", "content": system}, *messages],
            max_tokens=max_tokens,
        )
        usage = resp.usage
        return Reply(resp.choices[0].message.content or "", resp.model,
                     usage.prompt_tokens, usage.completion_tokens)


class OpenRouterChatBackend(ChatBackend):
    name = "openrouter"

    def __init__(self, client, model: str, fallbacks: Optional[List[str]] = None):
        super().__init__(client, model)
        self.fallbacks = fallbacks or []

    def complete(self, system, messages, max_tokens=400):
        resp = self.client.chat.completions.create(
            model=self.model,
            messages=[{"role": "system", "content": system}, *messages],
            max_tokens=max_tokens,
            extra_body={"models": self.fallbacks, "route": "fallback"} if self.fallbacks else None,
        )
        usage = resp.usage
        return Reply(resp.choices[0].message.content or "", resp.model,
                     usage.prompt_tokens if usage else 0, usage.completion_tokens if usage else 0)


class AnthropicChatBackend(ChatBackend):
    name = "anthropic"

    def complete(self, system, messages, max_tokens=400):
        msg = self.client.messages.create(
            model=self.model,
            system=system,
            messages=messages,
            max_tokens=max_tokens,
        )
        text = "".join(block.text for block in msg.content if block.type == "text")
        return Reply(text, msg.model, msg.usage.input_tokens, msg.usage.output_tokens)


class MistralChatBackend(ChatBackend):
    name = "mistral"

    def complete(self, system, messages, max_tokens=400):
        res = self.client.chat.complete(
            model=self.model,
            messages=[{"role": "system", "content": system}, *messages],
            max_tokens=max_tokens,
        )
        return Reply(res.choices[0].message.content, res.model,
                     res.usage.prompt_tokens, res.usage.completion_tokens)


class CohereChatBackend(ChatBackend):
    name = "cohere"

    def complete(self, system, messages, max_tokens=400):
        res = self.client.chat(
            model=self.model,
            messages=[{"role": "system", "content": system}, *messages],
            max_tokens=max_tokens,
        )
        text = "".join(part.text for part in res.message.content or [] if part.type == "text")
        tokens = res.usage.tokens
        return Reply(text, self.model, int(tokens.input_tokens or 0), int(tokens.output_tokens or 0))


_CLASSES = {
    "openai": (OpenAIChatBackend, "openai_model"),
    "openrouter": (OpenRouterChatBackend, "openrouter_model"),
    "anthropic": (AnthropicChatBackend, "anthropic_model"),
    "mistral": (MistralChatBackend, "mistral_model"),
    "cohere": (CohereChatBackend, "cohere_model"),
}


def register_backends(bot) -> Dict[str, ChatBackend]:
    clients = bot.memory[MEMORY_KEY]
    registry = {}
    for name, (cls, model_attr) in _CLASSES.items():
        if name in clients:
            registry[name] = cls(clients[name], getattr(bot.settings.llm, model_attr))
    bot.memory[REGISTRY_KEY] = registry
    return registry


def get_backend(bot, name: Optional[str] = None) -> ChatBackend:
    registry = bot.memory.get(REGISTRY_KEY) or register_backends(bot)
    name = name or bot.settings.llm.default_backend
    try:
        return registry[name]
    except KeyError:
        raise LookupError(f"backend {name!r} is not configured") from None
