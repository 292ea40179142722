"""Provider abstraction (v2).

WIP refactor: the goal is for every endpoint to depend on `ChatProvider` instead of
touching SDK clients, so we can put tracking in one place. So far only
/api/generate/v2 uses it; registry.complete() should be reimplemented on top of
this and then deleted.
"""
from __future__ import annotations

import abc
import logging
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

from lib.llm import clients

log = logging.getLogger(__name__)


@dataclass
class ChatResult:
    text: str
    model: str
    provider: str
    input_tokens: int = 0
    output_tokens: int = 0
    raw: Any = field(default=None, repr=False)

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "model": self.model,
            "provider": self.provider,
            "usage": {"input": self.input_tokens, "output": self.output_tokens},
        }


class ChatProvider(abc.ABC):
    name: str = "base"
    default_model: str = ""

    def __init__(self, client_factory: Callable[[], Any]):
        self._factory = client_factory
        self._client = None

    @property
    def client(self):
        if self._client is None:
            self._client = self._factory()
        return self._client

    @abc.abstractmethod
    def chat(self, messages: list[dict], model: str | None = None, **params) -> ChatResult:
        ...

    def stream(self, messages: list[dict], model: str | None = None, **params) -> Iterator[str]:
        # Default: no streaming support, yield the full answer once.
        yield self.chat(messages, model=model, **params).text


class OpenAICompatibleProvider(ChatProvider):
    """OpenAI, Together and OpenRouter all use the openai SDK."""

    name = "openai"
    default_model = "gpt-4o-mini"

    def chat(self, messages: list[dict], model: str | None = None, **params) -> ChatResult:
        resp = self.client.chat.completions.create(model=model or self.default_model, messages=messages, **params)
        usage = resp.usage
        return ChatResult(
            text=resp.choices[0].message.content or "",
            model=resp.model,
            provider=self.name,
            input_tokens=usage.prompt_tokens if usage else 0,
            output_tokens=usage.completion_tokens if usage else 0,
            raw=resp,
        )

    def stream(self, messages: list[dict], model: str | None = None, **params) -> Iterator[str]:
        for chunk in self.client.chat.completions.create(
            model=model or self.default_model, messages=messages, stream=True, **params
        ):
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content


class TogetherProvider(OpenAICompatibleProvider):
    name = "together"
    default_model = "meta-llama/Llama-3.3-70B-Instruct-Turbo"


class OpenRouterProvider(OpenAICompatibleProvider):
    name = "openrouter"
    default_model = "openai/gpt-4o-mini"


class AnthropicProvider(ChatProvider):
    name = "anthropic"
    default_model = "claude-3-5-sonnet-latest"

    def chat(self, messages: list[dict], model: str | None = None, max_tokens: int = 1024, **params) -> ChatResult:
        system = "\n\n".join(m["content"] for m in messages if m["role"] == "system")
        turns = [m for m in messages if m["role"] != "system"]
        kwargs = {"system": system} if system else {}
        resp = self.client.messages.create(
            model=model or self.default_model,
            messages=turns,
            max_tokens=max_tokens,
            **kwargs,
            **params,
        )
        return ChatResult(
            text="".join(b.text for b in resp.content if b.type == "text"),
            model=resp.model,
            provider=self.name,
            input_tokens=resp.usage.input_tokens,
            output_tokens=resp.usage.output_tokens,
            raw=resp,
        )


class MistralProvider(ChatProvider):
    name = "mistral"
    default_model = "mistral-large-latest"

    def chat(self, messages: list[dict], model: str | None = None, **params) -> ChatResult:
        resp = self.client.chat.complete(model=model or self.default_model, messages=messages, **params)
        return ChatResult(
            text=resp.choices[0].message.content,
            model=resp.model,
            provider=self.name,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
            raw=resp,
        )


class EchoProvider(ChatProvider):
    """Offline provider for previews and local dev without keys."""

    name = "echo"

    def __init__(self):
        super().__init__(lambda: None)

    def chat(self, messages: list[dict], model: str | None = None, **params) -> ChatResult:
        last = next((m["content"] for m in reversed(messages) if m["role"] == "user"), "")
        return ChatResult(text=f"[echo] {last}", model="echo", provider=self.name)


_PROVIDERS: dict[str, ChatProvider] = {}


def _build(name: str) -> ChatProvider:
    if name == "openai":
        return OpenAICompatibleProvider(clients.get_openai)
    if name == "together":
        return TogetherProvider(clients.get_together)
    if name == "openrouter":
        return OpenRouterProvider(clients.get_openrouter)
    if name == "anthropic":
        return AnthropicProvider(clients.get_anthropic)
    if name == "mistral":
        return MistralProvider(clients.get_mistral)
    if name == "echo":
        return EchoProvider()
    raise KeyError(name)


def get_provider(name: str) -> ChatProvider:
    if name not in _PROVIDERS:
        _PROVIDERS[name] = _build(name)
    return _PROVIDERS[name]


def available() -> list[str]:
    return ["openai", "together", "openrouter", "anthropic", "mistral", "echo"]
