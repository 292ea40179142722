"""Provider-neutral chat backends.

Started as part of the "one interface for every provider" refactor (HD-355). Only the
worker reports use this so far; routers still talk to the clients directly.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Optional, Protocol

from app.clients import ProviderClients, get_clients


@dataclass
class Completion:
    text: str
    model: str
    input_tokens: int
    output_tokens: int


class ChatBackend(Protocol):
    name: str

    async def complete(self, messages: List[dict], *, system: Optional[str] = None, max_tokens: int = 1024) -> Completion:
        ...


class OpenAIBackend:
    name = "openai"

    def __init__(self, clients: ProviderClients, model: str = "gpt-4o"):
        self._client = clients.openai
        self.model = model

    async def complete(self, messages: List[dict], *, system: Optional[str] = None, max_tokens: int = 1024) -> Completion:
        payload = ([{"role": "system", "content": system}] if system else []) + messages
        resp = await self._client.chat.completions.create(model=self.model, messages=payload, max_tokens=max_tokens)
        return Completion(
            text=resp.choices[0].message.content or "",
            model=resp.model,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
        )


class AnthropicBackend:
    name = "anthropic"

    def __init__(self, clients: ProviderClients, model: str = "claude-3-5-sonnet-latest"):
        self._client = clients.anthropic
        self.model = model

    async def complete(self, messages: List[dict], *, system: Optional[str] = None, max_tokens: int = 1024) -> Completion:
        kwargs = {"system": system} if system else {}
        resp = await self._client.messages.create(
            model=self.model, max_tokens=max_tokens, messages=messages, **kwargs
        )
        return Completion(
            text="".join(b.text for b in resp.content if b.type == "text"),
            model=resp.model,
            input_tokens=resp.usage.input_tokens,
            output_tokens=resp.usage.output_tokens,
        )


# TODO(HD-355): GeminiBackend / MistralBackend
_BACKENDS: Dict[str, type] = {"openai": OpenAIBackend, "anthropic": AnthropicBackend}


def get_backend(name: str, model: Optional[str] = None) -> ChatBackend:
    cls = _BACKENDS[name]
    clients = get_clients()
    return cls(clients, model=model) if model else cls(clients)
