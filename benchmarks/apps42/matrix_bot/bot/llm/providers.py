"""Provider abstraction.

A Provider turns an OpenAI-style message list into a reply. Commands look providers up by
name in the registry (``!ask --p claude ...``) instead of touching SDK clients directly.

NOTE(mk): the plan is for every provider to go through multi_model_service eventually.
Until then these are untracked; see bot/services/multi_model_service.py.
"""
from __future__ import annotations

import abc
import logging
from dataclasses import dataclass
from typing import AsyncIterator

import litellm

from bot.llm.factory import (
    get_anthropic,
    get_async_openai,
    get_openrouter_client,
    get_together_client,
)
from bot.llm.prompts import to_anthropic

log = logging.getLogger(__name__)


@dataclass
class ProviderReply:
    text: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0


class Provider(abc.ABC):
    name: str = "base"

    def __init__(self, model: str):
        self.model = model

    @abc.abstractmethod
    async def complete(self, messages: list[dict], **kwargs) -> ProviderReply:
        ...

    async def stream(self, messages: list[dict], **kwargs) -> AsyncIterator[str]:
        reply = await self.complete(messages, **kwargs)
        yield reply.text

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.model}>"


class OpenAICompatProvider(Provider):
    """OpenAI and anything speaking its wire format (Together, OpenRouter)."""

    name = "openai"

    def __init__(self, client, model: str, name: str | None = None):
        super().__init__(model)
        self.client = client
        if name:
            self.name = name

    async def complete(self, messages: list[dict], **kwargs) -> ProviderReply:
        resp = await self.client.chat.completions.create(
            model=kwargs.pop("model", self.model),
            messages=messages,
            temperature=kwargs.pop("temperature", 0.7),
            max_tokens=kwargs.pop("max_tokens", 1024),
            **kwargs,
        )
        usage = resp.usage
        return ProviderReply(
            text=resp.choices[0].message.content or "",
            model=resp.model,
            input_tokens=usage.prompt_tokens if usage else 0,
            output_tokens=usage.completion_tokens if usage else 0,
        )

    async def stream(self, messages: list[dict], **kwargs) -> AsyncIterator[str]:
        stream = await self.client.chat.completions.create(
            model=self.model,
            messages=messages,
            stream=True,
            **kwargs,
        )
        async for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content


class AnthropicProvider(Provider):
    name = "claude"

    def __init__(self, client, model: str):
        super().__init__(model)
        self._client = client

    async def complete(self, messages: list[dict], **kwargs) -> ProviderReply:
        system, rest = to_anthropic(messages)
        msg = await self._client.messages.create(
            model=self.model,
            system=system,
            messages=rest,
            max_tokens=kwargs.get("max_tokens", 1024),
            temperature=kwargs.get("temperature", 0.7),
        )
        text = "".join(block.text for block in msg.content if block.type == "text")
        return ProviderReply(
            text=text,
            model=msg.model,
            input_tokens=msg.usage.input_tokens,
            output_tokens=msg.usage.output_tokens,
        )

    async def stream(self, messages: list[dict], **kwargs) -> AsyncIterator[str]:
        system, rest = to_anthropic(messages)
        async with self._client.messages.stream(
            model=self.model,
            system=system,
            messages=rest,
            max_tokens=kwargs.get("max_tokens", 1024),
        ) as stream:
            async for text in stream.text_stream:
                yield text


class LiteLLMProvider(Provider):
    """Catch-all: any model string litellm understands (groq/..., gemini/..., etc.)."""

    name = "litellm"

    async def complete(self, messages: list[dict], **kwargs) -> ProviderReply:
        resp = await litellm.acompletion(model=self.model, messages=messages, **kwargs)
        return ProviderReply(
            text=resp.choices[0].message.content or "",
            model=resp.model or self.model,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
        )


_REGISTRY: dict[str, Provider] = {}


def build_registry(config) -> dict[str, Provider]:
    _REGISTRY.clear()
    _REGISTRY["openai"] = OpenAICompatProvider(get_async_openai(), config.default_model)
    _REGISTRY["claude"] = AnthropicProvider(get_anthropic(), config.claude_model)
    _REGISTRY["together"] = OpenAICompatProvider(
        get_together_client(), config.together_model, name="together"
    )
    _REGISTRY["openrouter"] = OpenAICompatProvider(
        get_openrouter_client(), config.openrouter_model, name="openrouter"
    )
    _REGISTRY["litellm"] = LiteLLMProvider("groq/llama-3.1-8b-instant")
    return _REGISTRY


def get_provider(name: str) -> Provider:
    try:
        return _REGISTRY[name]
    except KeyError:
        raise LookupError(f"unknown provider {name!r}; have {sorted(_REGISTRY)}") from None


def available() -> list[str]:
    return sorted(_REGISTRY)


class ResponsesProvider(Provider):
    """OpenAI Responses API (needed for the o-series reasoning models and web search).

    Not in the default registry yet; enabled with ``!provider add responses o4-mini``.
    """

    name = "responses"

    def __init__(self, client, model: str, reasoning_effort: str | None = "low"):
        super().__init__(model)
        self.client = client
        self.reasoning_effort = reasoning_effort

    async def complete(self, messages: list[dict], **kwargs) -> ProviderReply:
        system, rest = to_anthropic(messages)  # same split works: instructions + input
        extra = {}
        if self.reasoning_effort:
            extra["reasoning"] = {"effort": self.reasoning_effort}
        resp = await self.client.responses.create(
            model=self.model,
            instructions=system or None,
            input=rest,
            max_output_tokens=kwargs.get("max_tokens", 2048),
            **extra,
        )
        return ProviderReply(
            text=resp.output_text,
            model=resp.model,
            input_tokens=resp.usage.input_tokens,
            output_tokens=resp.usage.output_tokens,
        )


def register_provider(kind: str, model: str) -> Provider:
    """Runtime registration from the admin !provider command."""
    if kind == "responses":
        provider: Provider = ResponsesProvider(get_async_openai(), model)
    elif kind == "litellm":
        provider = LiteLLMProvider(model)
    elif kind in ("together", "openrouter"):
        client = get_together_client() if kind == "together" else get_openrouter_client()
        provider = OpenAICompatProvider(client, model, name=kind)
    else:
        raise ValueError(f"unknown provider kind {kind!r}")
    _REGISTRY[f"{kind}:{model}"] = provider
    return provider
