"""Provider abstraction.

Each provider wraps an already-built SDK client (see ``bot.llm.clients``) and
exposes a single ``complete`` coroutine returning a :class:`Completion`.
Plugins should prefer ``multi_model_service`` which adds usage tracking on top
of this, but some older commands call providers directly.
"""
from __future__ import annotations

import abc
import logging
from dataclasses import dataclass, field
from typing import Any, AsyncIterator, Sequence

from bot.llm.clients import get_genai_client
from bot.llm.prompts import Message

log = logging.getLogger(__name__)


@dataclass
class Completion:
    text: str
    model: str
    provider: str
    input_tokens: int = 0
    output_tokens: int = 0
    raw: Any = field(default=None, repr=False)


class ChatProvider(abc.ABC):
    name: str = "base"

    def __init__(self, client: Any, model: str) -> None:
        self._client = client
        self.model = model

    @abc.abstractmethod
    async def complete(
        self,
        messages: Sequence[Message],
        *,
        system: str | None = None,
        max_tokens: int = 800,
        temperature: float = 0.4,
    ) -> Completion: ...

    async def stream(self, messages: Sequence[Message], *, system: str | None = None) -> AsyncIterator[str]:
        # default: no streaming, yield the whole thing at once
        result = await self.complete(messages, system=system)
        yield result.text

    def __repr__(self) -> str:
        return f"<{type(self).__name__} model={self.model!r}>"


def _openai_messages(messages: Sequence[Message], system: str | None) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    if system:
        out.append({"role": "system", "content": system})
    out.extend({"role": m.role, "content": m.content} for m in messages)
    return out


class OpenAIProvider(ChatProvider):
    name = "openai"

    async def complete(self, messages, *, system=None, max_tokens=800, temperature=0.4) -> Completion:
        resp = await self._client.chat.completions.create(
            model=self.model,
            messages=_openai_messages(messages, system),
            max_tokens=max_tokens,
            temperature=temperature,
        )
        choice = resp.choices[0]
        return Completion(
            text=choice.message.content or "",
            model=resp.model,
            provider=self.name,
            input_tokens=resp.usage.prompt_tokens if resp.usage else 0,
            output_tokens=resp.usage.completion_tokens if resp.usage else 0,
            raw=resp,
        )

    async def stream(self, messages, *, system=None):
        stream = await self._client.chat.completions.create(
            model=self.model,
            messages=_openai_messages(messages, system),
            stream=True,
        )
        async for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content


class GroqProvider(OpenAIProvider):
    """Groq's SDK mirrors OpenAI's, so we only override the name."""

    name = "groq"


class AnthropicProvider(ChatProvider):
    name = "anthropic"

    async def complete(self, messages, *, system=None, max_tokens=800, temperature=0.4) -> Completion:
        kwargs: dict[str, Any] = {}
        if system:
            kwargs["system"] = system
        msg = await self._client.messages.create(
            model=self.model,
            max_tokens=max_tokens,
            temperature=temperature,
            messages=[{"role": m.role, "content": m.content} for m in messages if m.role != "system"],
            **kwargs,
        )
        text = "".join(block.text for block in msg.content if block.type == "text")
        return Completion(
            text=text,
            model=msg.model,
            provider=self.name,
            input_tokens=msg.usage.input_tokens,
            output_tokens=msg.usage.output_tokens,
            raw=msg,
        )

    async def stream(self, messages, *, system=None):
        async with self._client.messages.stream(
            model=self.model,
            max_tokens=1024,
            system=system or "",
            messages=[{"role": m.role, "content": m.content} for m in messages],
        ) as stream:
            async for text in stream.text_stream:
                yield text


class GeminiProvider(ChatProvider):
    name = "google"

    def __init__(self, model: str, client: Any | None = None) -> None:
        super().__init__(client or get_genai_client(), model)

    async def complete(self, messages, *, system=None, max_tokens=800, temperature=0.4) -> Completion:
        contents = [
            {"role": "model" if m.role == "assistant" else "user", "parts": [{"text": m.content}]}
            for m in messages
        ]
        resp = await self._client.aio.models.generate_content(
            model=self.model,
            contents=contents,
            config={
                "system_instruction": system,
                "max_output_tokens": max_tokens,
                "temperature": temperature,
            },
        )
        usage = resp.usage_metadata
        return Completion(
            text=resp.text or "",
            model=self.model,
            provider=self.name,
            input_tokens=getattr(usage, "prompt_token_count", 0) or 0,
            output_tokens=getattr(usage, "candidates_token_count", 0) or 0,
            raw=resp,
        )


class CohereProvider(ChatProvider):
    name = "cohere"

    async def complete(self, messages, *, system=None, max_tokens=800, temperature=0.4) -> Completion:
        payload = _openai_messages(messages, system)
        resp = await self._client.chat(
            model=self.model,
            messages=payload,
            max_tokens=max_tokens,
            temperature=temperature,
        )
        text = "".join(part.text for part in resp.message.content if part.type == "text")
        tokens = resp.usage.tokens if resp.usage else None
        return Completion(
            text=text,
            model=self.model,
            provider=self.name,
            input_tokens=int(tokens.input_tokens or 0) if tokens else 0,
            output_tokens=int(tokens.output_tokens or 0) if tokens else 0,
            raw=resp,
        )
