"""Provider registry.

Each adapter wraps one SDK behind ``complete(messages, model=...)`` so the UI
can offer a provider drop-down. Adapters are registered lazily: constructing
an SDK client without a key is fine, calling it is not.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable, Protocol

from minutes_mate.services import clients

log = logging.getLogger(__name__)


class ChatAdapter(Protocol):
    name: str
    default_model: str

    def complete(self, messages: list[dict], model: str | None = None, **kw) -> str: ...


@dataclass
class OpenAIAdapter:
    client: object
    name: str = "openai"
    default_model: str = "gpt-4o-mini"

    def complete(self, messages, model=None, **kw):
        resp = self.client.chat.completions.create(
            model=model or self.default_model,
            messages=messages,
            temperature=kw.get("temperature", 0.3),
        )
        return resp.choices[0].message.content or ""


@dataclass
class GroqAdapter:
    client: object
    name: str = "groq"
    default_model: str = "llama-3.1-70b-versatile"

    def complete(self, messages, model=None, **kw):
        resp = self.client.chat.completions.create(
            model=model or self.default_model,
            messages=messages,
            max_tokens=kw.get("max_tokens", 1024),
        )
        return resp.choices[0].message.content or ""


@dataclass
class AnthropicAdapter:
    client: object
    name: str = "anthropic"
    default_model: str = "claude-3-5-sonnet-20241022"

    def complete(self, messages, model=None, **kw):
        system = "\n".join(m["content"] for m in messages if m["role"] == "system")
        convo = [m for m in messages if m["role"] != "system"]
        msg = self.client.messages.create(
            model=model or self.default_model,
            max_tokens=kw.get("max_tokens", 1024),
            system=system or anthropic_default_system(),
            messages=convo,
        )
        return "".join(block.text for block in msg.content if block.type == "text")


@dataclass
class MistralAdapter:
    client: object
    name: str = "mistral"
    default_model: str = "mistral-large-latest"

    def complete(self, messages, model=None, **kw):
        resp = self.client.chat.complete(model=model or self.default_model, messages=messages)
        return resp.choices[0].message.content


@dataclass
class OllamaAdapter:
    client: object
    name: str = "ollama"
    default_model: str = "llama3.1:8b"

    def complete(self, messages, model=None, **kw):
        resp = self.client.chat(model=model or self.default_model, messages=messages)
        return resp["message"]["content"]

    def installed_models(self) -> list[str]:
        return [m["model"] for m in self.client.list()["models"]]


def anthropic_default_system() -> str:
    return "You are a careful assistant that writes meeting notes."


class ProviderRegistry:
    def __init__(self) -> None:
        self._factories: dict[str, Callable[[], ChatAdapter]] = {}
        self._instances: dict[str, ChatAdapter] = {}

    def register(self, name: str, factory: Callable[[], ChatAdapter]) -> None:
        self._factories[name] = factory
        self._instances.pop(name, None)

    def get(self, name: str) -> ChatAdapter:
        if name not in self._instances:
            try:
                self._instances[name] = self._factories[name]()
            except KeyError:
                raise LookupError(f"unknown provider {name!r}") from None
        return self._instances[name]

    def names(self) -> list[str]:
        return sorted(self._factories)

    def clear(self) -> None:
        self._instances.clear()


registry = ProviderRegistry()
registry.register("openai", lambda: OpenAIAdapter(clients.get_openai_client()))
registry.register("groq", lambda: GroqAdapter(clients.get_groq_client()))
registry.register("anthropic", lambda: AnthropicAdapter(clients.get_anthropic_client()))
registry.register("mistral", lambda: MistralAdapter(clients.get_mistral_client()))
registry.register("ollama", lambda: OllamaAdapter(clients.get_ollama_client()))
