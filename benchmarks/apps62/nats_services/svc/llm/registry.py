"""Provider registry: maps a provider name to a client and a small chat backend.

The backends give every provider the same ``complete(messages, model=...)``
shape so that services can switch provider by configuration.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Protocol

from svc.llm.clients import LLMClients

log = logging.getLogger(__name__)


@dataclass
class Completion:
    text: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0


class ChatBackend(Protocol):
    provider: str

    async def complete(self, messages: list[dict], *, model: str, max_tokens: int = 1024, **kw: Any) -> Completion: ...


class OpenAICompatBackend:
    """OpenAI and DeepSeek (same SDK, different base_url)."""

    def __init__(self, client, provider: str = "openai") -> None:
        self._client = client
        self.provider = provider

    async def complete(self, messages, *, model, max_tokens=1024, **kw):
        resp = await self._client.chat.completions.create(
            model=model, messages=messages, max_tokens=max_tokens, **kw
        )
        u = resp.usage
        return Completion(resp.choices[0].message.content or "", resp.model, u.prompt_tokens, u.completion_tokens)


class AnthropicBackend:
    provider = "anthropic"

    def __init__(self, client) -> None:
        self._client = client

    async def complete(self, messages, *, model, max_tokens=1024, **kw):
        system = None
        if messages and messages[0]["role"] == "system":
            system, messages = messages[0]["content"], messages[1:]
        extra = {"system": system} if system else {}
        msg = await self._client.messages.create(
            model=model, max_tokens=max_tokens, messages=messages, **extra, **kw
        )
        text = "".join(b.text for b in msg.content if b.type == "text")
        return Completion(text, msg.model, msg.usage.input_tokens, msg.usage.output_tokens)


class TogetherBackend:
    provider = "together"

    def __init__(self, client) -> None:
        self._client = client

    async def complete(self, messages, *, model, max_tokens=1024, **kw):
        resp = await self._client.chat.completions.create(model=model, messages=messages, max_tokens=max_tokens, **kw)
        return Completion(
            resp.choices[0].message.content or "",
            model,
            resp.usage.prompt_tokens if resp.usage else 0,
            resp.usage.completion_tokens if resp.usage else 0,
        )


class CohereBackend:
    provider = "cohere"

    def __init__(self, client) -> None:
        self._client = client

    async def complete(self, messages, *, model="command-r-plus-08-2024", max_tokens=1024, **kw):
        resp = await self._client.chat(model=model, messages=messages, max_tokens=max_tokens, **kw)
        text = "".join(part.text for part in resp.message.content or [] if part.type == "text")
        billed = resp.usage.billed_units if resp.usage else None
        return Completion(
            text,
            model,
            int(billed.input_tokens or 0) if billed else 0,
            int(billed.output_tokens or 0) if billed else 0,
        )


class ProviderRegistry:
    def __init__(self) -> None:
        self._clients: dict[str, Any] = {}
        self._backends: dict[str, ChatBackend] = {}

    @classmethod
    def from_clients(cls, llm: LLMClients) -> "ProviderRegistry":
        reg = cls()
        reg.register("openai", llm.openai, OpenAICompatBackend(llm.openai))
        reg.register("deepseek", llm.deepseek, OpenAICompatBackend(llm.deepseek, provider="deepseek"))
        reg.register("anthropic", llm.anthropic, AnthropicBackend(llm.anthropic))
        reg.register("together", llm.together, TogetherBackend(llm.together))
        reg.register("cohere", llm.cohere, CohereBackend(llm.cohere))
        return reg

    def register(self, name: str, client: Any, backend: ChatBackend) -> None:
        self._clients[name] = client
        self._backends[name] = backend

    def get(self, name: str) -> Any:
        try:
            return self._clients[name]
        except KeyError:
            raise LookupError(f"unknown provider {name!r}") from None

    def backend(self, name: str) -> ChatBackend:
        return self._backends[name]

    def names(self) -> list[str]:
        return sorted(self._clients)


_global: ProviderRegistry | None = None


def backend_for(name: str) -> ChatBackend:
    global _global
    if _global is None:
        _global = ProviderRegistry.from_clients(LLMClients.from_settings())
    return _global.backend(name)
