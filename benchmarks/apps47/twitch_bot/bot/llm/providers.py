"""Provider abstraction kept on the bot (``bot.llm``).

Each provider wraps one SDK client and returns a normalised :class:`Completion`.
Clients are injected by :func:`bot.llm.registry.build_registry`.
"""
from __future__ import annotations

import abc
import logging
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Sequence

if TYPE_CHECKING:
    from anthropic import AsyncAnthropic
    from groq import AsyncGroq
    from mistralai import Mistral
    from openai import AsyncOpenAI

log = logging.getLogger(__name__)

Message = dict[str, str]


@dataclass
class Completion:
    text: str
    provider: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: int = 0

    @property
    def total_tokens(self) -> int:
        return self.input_tokens + self.output_tokens


class ProviderError(RuntimeError):
    def __init__(self, provider: str, cause: Exception):
        super().__init__(f"{provider}: {cause}")
        self.provider = provider
        self.cause = cause


class ChatProvider(abc.ABC):
    name: str = "base"
    default_model: str = ""

    @abc.abstractmethod
    async def complete(
        self,
        messages: Sequence[Message],
        *,
        system: str | None = None,
        model: str | None = None,
        max_tokens: int = 200,
        temperature: float = 0.7,
    ) -> Completion:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<{type(self).__name__} model={self.default_model}>"


def _with_system(messages: Sequence[Message], system: str | None) -> list[Message]:
    out: list[Message] = []
    if system:
        out.append({"role": "system", "content": system})
    out.extend(messages)
    return out


class OpenAIChatProvider(ChatProvider):
    name = "openai"
    default_model = "gpt-4o-mini"

    def __init__(self, client: "AsyncOpenAI", default_model: str | None = None):
        self.client = client
        if default_model:
            self.default_model = default_model

    async def complete(self, messages, *, system=None, model=None, max_tokens=200, temperature=0.7):
        started = time.perf_counter()
        try:
            resp = await self.client.chat.completions.create(
                model=model or self.default_model,
                messages=_with_system(messages, system),
                max_tokens=max_tokens,
                temperature=temperature,
            )
        except Exception as exc:
            raise ProviderError(self.name, exc) from exc
        return Completion(
            text=(resp.choices[0].message.content or "").strip(),
            provider=self.name,
            model=resp.model,
            input_tokens=resp.usage.prompt_tokens if resp.usage else 0,
            output_tokens=resp.usage.completion_tokens if resp.usage else 0,
            latency_ms=int((time.perf_counter() - started) * 1000),
        )


class XAIChatProvider(ChatProvider):
    """Grok through the OpenAI-compatible endpoint (client built with base_url)."""

    name = "xai"
    default_model = "grok-3-mini"

    def __init__(self, client: "AsyncOpenAI", default_model: str | None = None):
        self.client = client
        if default_model:
            self.default_model = default_model

    async def complete(self, messages, *, system=None, model=None, max_tokens=200, temperature=0.9):
        started = time.perf_counter()
        try:
            resp = await self.client.chat.completions.create(
                model=model or self.default_model,
                messages=_with_system(messages, system),
                max_tokens=max_tokens,
                temperature=temperature,
                extra_body={"search_parameters": {"mode": "off"}},
            )
        except Exception as exc:
            raise ProviderError(self.name, exc) from exc
        usage = resp.usage
        return Completion(
            text=(resp.choices[0].message.content or "").strip(),
            provider=self.name,
            model=resp.model,
            input_tokens=getattr(usage, "prompt_tokens", 0),
            output_tokens=getattr(usage, "completion_tokens", 0),
            latency_ms=int((time.perf_counter() - started) * 1000),
        )


class AnthropicChatProvider(ChatProvider):
    name = "anthropic"
    default_model = "claude-3-5-haiku-latest"

    def __init__(self, client: "AsyncAnthropic", default_model: str | None = None):
        self.client = client
        if default_model:
            self.default_model = default_model

    async def complete(self, messages, *, system=None, model=None, max_tokens=200, temperature=0.7):
        started = time.perf_counter()
        kwargs: dict[str, Any] = {}
        if system:
            kwargs["system"] = system
        try:
            resp = await self.client.messages.create(
                model=model or self.default_model,
                max_tokens=max_tokens,
                temperature=temperature,
                messages=list(messages),
                **kwargs,
            )
        except Exception as exc:
            raise ProviderError(self.name, exc) from exc
        text = "".join(block.text for block in resp.content if block.type == "text")
        return Completion(
            text=text.strip(),
            provider=self.name,
            model=resp.model,
            input_tokens=resp.usage.input_tokens,
            output_tokens=resp.usage.output_tokens,
            latency_ms=int((time.perf_counter() - started) * 1000),
        )


class GroqChatProvider(ChatProvider):
    name = "groq"
    default_model = "llama-3.1-8b-instant"

    def __init__(self, client: "AsyncGroq", default_model: str | None = None):
        self.client = client
        if default_model:
            self.default_model = default_model

    async def complete(self, messages, *, system=None, model=None, max_tokens=200, temperature=0.7):
        started = time.perf_counter()
        try:
            resp = await self.client.chat.completions.create(
                model=model or self.default_model,
                messages=_with_system(messages, system),
                max_tokens=max_tokens,
                temperature=temperature,
            )
        except Exception as exc:
            raise ProviderError(self.name, exc) from exc
        return Completion(
            text=(resp.choices[0].message.content or "").strip(),
            provider=self.name,
            model=resp.model,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
            latency_ms=int((time.perf_counter() - started) * 1000),
        )


class MistralChatProvider(ChatProvider):
    name = "mistral"
    default_model = "mistral-small-latest"

    def __init__(self, client: "Mistral", default_model: str | None = None):
        self.client = client
        if default_model:
            self.default_model = default_model

    async def complete(self, messages, *, system=None, model=None, max_tokens=200, temperature=0.7):
        started = time.perf_counter()
        try:
            resp = await self.client.chat.complete_async(
                model=model or self.default_model,
                messages=_with_system(messages, system),
                max_tokens=max_tokens,
                temperature=temperature,
            )
        except Exception as exc:
            raise ProviderError(self.name, exc) from exc
        if resp is None or not resp.choices:
            raise ProviderError(self.name, RuntimeError("empty response"))
        content = resp.choices[0].message.content
        return Completion(
            text=(content if isinstance(content, str) else "").strip(),
            provider=self.name,
            model=resp.model,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
            latency_ms=int((time.perf_counter() - started) * 1000),
        )
