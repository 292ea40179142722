"""Chat backends: one per chat profile. Each exposes ``stream(messages, **opts)``,
an async generator of text deltas, so the message handler does not care which vendor
is behind the profile the agent picked."""
from __future__ import annotations

import json
import logging
from typing import Any, AsyncIterator, Optional

import litellm
from chainlit import make_async

from copilot.config import settings
from copilot.providers.clients import (
    get_anthropic,
    get_bedrock,
    get_cerebras,
    get_groq,
    get_openai,
    get_openrouter,
)

log = logging.getLogger(__name__)

Message = dict[str, Any]


def _split_system(messages: list[Message]) -> tuple[Optional[str], list[Message]]:
    system = None
    rest = []
    for m in messages:
        if m["role"] == "system":
            system = (system + "\n\n" if system else "") + m["content"]
        else:
            rest.append(m)
    return system, rest


class ChatBackend:
    name: str = "base"
    provider: str = "unknown"

    def __init__(self, model: str) -> None:
        self.model = model

    async def stream(self, messages: list[Message], **opts: Any) -> AsyncIterator[str]:  # pragma: no cover
        raise NotImplementedError
        yield ""

    async def complete(self, messages: list[Message], **opts: Any) -> str:
        parts = [delta async for delta in self.stream(messages, **opts)]
        return "".join(parts)


class AnthropicBackend(ChatBackend):
    name = "Claude"
    provider = "anthropic"

    def __init__(self, model: str | None = None) -> None:
        super().__init__(model or settings.anthropic_model)
        self.client = get_anthropic()

    async def stream(self, messages: list[Message], **opts: Any) -> AsyncIterator[str]:
        system, convo = _split_system(messages)
        async with self.client.messages.stream(
            model=self.model,
            max_tokens=opts.get("max_tokens", settings.max_output_tokens),
            temperature=opts.get("temperature", settings.default_temperature),
            system=system or "",
            messages=convo,
        ) as stream:
            async for text in stream.text_stream:
                yield text


class OpenAIBackend(ChatBackend):
    name = "GPT"
    provider = "openai"

    def __init__(self, model: str | None = None, client=None) -> None:
        super().__init__(model or settings.openai_model)
        self.client = client or get_openai()

    async def stream(self, messages: list[Message], **opts: Any) -> AsyncIterator[str]:
        response = await self.client.chat.completions.create(
            model=self.model,
            messages=messages,
            temperature=opts.get("temperature", settings.default_temperature),
            max_tokens=opts.get("max_tokens", settings.max_output_tokens),
            stream=True,
        )
        async for chunk in response:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content


class OpenRouterBackend(OpenAIBackend):
    """OpenRouter speaks the OpenAI protocol; reuse the streaming code."""

    name = "OpenRouter"
    provider = "openrouter"

    def __init__(self, model: str | None = None) -> None:
        super().__init__(model or settings.openrouter_model, client=get_openrouter())


class GroqBackend(ChatBackend):
    name = "Groq (fast)"
    provider = "groq"

    def __init__(self, model: str | None = None) -> None:
        super().__init__(model or settings.groq_model)
        self._groq = get_groq()

    async def stream(self, messages: list[Message], **opts: Any) -> AsyncIterator[str]:
        stream = await self._groq.chat.completions.create(
            model=self.model,
            messages=messages,
            temperature=opts.get("temperature", settings.default_temperature),
            stream=True,
        )
        async for chunk in stream:
            delta = chunk.choices[0].delta.content
            if delta:
                yield delta


class CerebrasBackend(ChatBackend):
    name = "Cerebras"
    provider = "cerebras"

    def __init__(self, model: str | None = None) -> None:
        super().__init__(model or settings.cerebras_model)
        self.client = get_cerebras()

    async def stream(self, messages: list[Message], **opts: Any) -> AsyncIterator[str]:
        # TODO(kpatel): switch to stream=True once the SDK bump lands (see COP-412)
        resp = await self.client.chat.completions.create(
            model=self.model,
            messages=messages,
            max_completion_tokens=opts.get("max_tokens", settings.max_output_tokens),
        )
        yield resp.choices[0].message.content or ""


class BedrockBackend(ChatBackend):
    name = "Bedrock Claude"
    provider = "bedrock"

    def __init__(self, model: str | None = None) -> None:
        super().__init__(model or settings.bedrock_model)
        self.runtime = get_bedrock()

    @staticmethod
    def _to_converse(convo: list[Message]) -> list[dict[str, Any]]:
        return [{"role": m["role"], "content": [{"text": m["content"]}]} for m in convo]

    async def stream(self, messages: list[Message], **opts: Any) -> AsyncIterator[str]:
        system, convo = _split_system(messages)
        # boto3 is sync; chainlit's make_async pushes it onto the worker pool
        response = await make_async(self.runtime.converse_stream)(
            modelId=self.model,
            messages=self._to_converse(convo),
            system=[{"text": system}] if system else [],
            inferenceConfig={
                "maxTokens": opts.get("max_tokens", settings.max_output_tokens),
                "temperature": opts.get("temperature", settings.default_temperature),
            },
        )
        for event in response["stream"]:
            if "contentBlockDelta" in event:
                yield event["contentBlockDelta"]["delta"].get("text", "")


class LiteLLMBackend(ChatBackend):
    name = "Auto (LiteLLM)"
    provider = "litellm"

    def __init__(self, model: str | None = None) -> None:
        super().__init__(model or settings.litellm_model)

    async def stream(self, messages: list[Message], **opts: Any) -> AsyncIterator[str]:
        response = await litellm.acompletion(
            model=self.model,
            messages=messages,
            stream=True,
            temperature=opts.get("temperature", settings.default_temperature),
        )
        async for part in response:
            yield part.choices[0].delta.content or ""


def describe(backend: ChatBackend) -> str:
    return json.dumps({"name": backend.name, "provider": backend.provider, "model": backend.model})
