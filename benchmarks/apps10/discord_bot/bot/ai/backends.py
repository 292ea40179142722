"""Chat backends used by the router.

Each backend wraps one provider client (built in ``bot.ai.clients``) behind the same
two methods so the router can fall back between them.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, AsyncIterator, Dict, List, Optional

log = logging.getLogger(__name__)

Message = Dict[str, str]


@dataclass
class Completion:
    text: str
    provider: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0


class ChatBackend:
    name = "base"

    def __init__(self, client: Any, default_model: str) -> None:
        self._client = client
        self.default_model = default_model

    async def complete(self, messages: List[Message], *, model: Optional[str] = None,
                       max_tokens: int = 700, temperature: float = 0.7) -> Completion:
        raise NotImplementedError

    async def stream(self, messages: List[Message], *, model: Optional[str] = None,
                     max_tokens: int = 700) -> AsyncIterator[str]:
        # backends without streaming just yield the whole thing at once
        result = await self.complete(messages, model=model, max_tokens=max_tokens)
        yield result.text


class OpenAIBackend(ChatBackend):
    name = "openai"

    async def complete(self, messages, *, model=None, max_tokens=700, temperature=0.7):
        model = model or self.default_model
        resp = await self._client.chat.completions.create(
            model=model,
            messages=messages,
            max_tokens=max_tokens,
            temperature=temperature,
        )
        usage = resp.usage
        return Completion(
            text=resp.choices[0].message.content or "",
            provider=self.name,
            model=resp.model,
            input_tokens=usage.prompt_tokens if usage else 0,
            output_tokens=usage.completion_tokens if usage else 0,
        )

    async def stream(self, messages, *, model=None, max_tokens=700):
        stream = await self._client.chat.completions.create(
            model=model or self.default_model,
            messages=messages,
            max_tokens=max_tokens,
            stream=True,
        )
        async for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content


class GroqBackend(OpenAIBackend):
    """Groq speaks the OpenAI wire format, but we keep usage accounting separate."""

    name = "groq"

    async def complete(self, messages, *, model=None, max_tokens=700, temperature=0.7):
        resp = await self._client.chat.completions.create(
            model=model or self.default_model,
            messages=messages,
            max_completion_tokens=max_tokens,
            temperature=temperature,
        )
        return Completion(
            text=resp.choices[0].message.content or "",
            provider=self.name,
            model=resp.model,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
        )


def _split_system(messages: List[Message]):
    system = "\n\n".join(m["content"] for m in messages if m["role"] == "system")
    rest = [m for m in messages if m["role"] != "system"]
    return system, rest


class AnthropicBackend(ChatBackend):
    name = "anthropic"

    async def complete(self, messages, *, model=None, max_tokens=700, temperature=0.7):
        system, rest = _split_system(messages)
        model = model or self.default_model
        msg = await self._client.messages.create(
            model=model,
            system=system,
            messages=rest,
            max_tokens=max_tokens,
            temperature=temperature,
        )
        text = "".join(block.text for block in msg.content if block.type == "text")
        return Completion(text, self.name, msg.model, msg.usage.input_tokens, msg.usage.output_tokens)

    async def stream(self, messages, *, model=None, max_tokens=700):
        system, rest = _split_system(messages)
        async with self._client.messages.stream(
            model=model or self.default_model,
            system=system,
            messages=rest,
            max_tokens=max_tokens,
        ) as stream:
            async for text in stream.text_stream:
                yield text


class OllamaBackend(ChatBackend):
    """Self-hosted fallback. Slow but free and always there."""

    name = "ollama"

    async def complete(self, messages, *, model=None, max_tokens=700, temperature=0.7):
        model = model or self.default_model
        resp = await self._client.chat(
            model=model,
            messages=messages,
            options={"num_predict": max_tokens, "temperature": temperature},
            keep_alive="30m",
        )
        return Completion(
            text=resp.message.content or "",
            provider=self.name,
            model=model,
            input_tokens=resp.prompt_eval_count or 0,
            output_tokens=resp.eval_count or 0,
        )

    async def stream(self, messages, *, model=None, max_tokens=700):
        parts = await self._client.chat(
            model=model or self.default_model,
            messages=messages,
            options={"num_predict": max_tokens},
            stream=True,
        )
        async for part in parts:
            if part.message.content:
                yield part.message.content
