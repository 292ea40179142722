"""Groq backend.

Older configs set ``groq_openai_compat = true`` and talk to Groq through the
OpenAI SDK; that path is kept as ``GroqCompatBackend`` until 1.0.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

from groq import AsyncGroq
from openai import AsyncOpenAI

from termpal.backends.base import Backend, Message, Reply

GROQ_OPENAI_BASE = "https://api.groq.com/openai/v1"


class GroqBackend(Backend):
    name = "groq"

    def __init__(self, model: str, *, api_key: str | None = None, **kwargs) -> None:
        super().__init__(model, **kwargs)
        self._client = AsyncGroq(api_key=api_key)

    async def complete(self, messages: list[Message], *, system: str | None = None) -> Reply:
        payload = ([{"role": "system", "content": system}] if system else []) + [m.as_dict() for m in messages]
        resp = await self._client.chat.completions.create(
            model=self.model,
            messages=payload,
            temperature=self.temperature,
            max_tokens=self.max_tokens,
        )
        return Reply(
            text=resp.choices[0].message.content or "",
            model=resp.model,
            input_tokens=resp.usage.prompt_tokens if resp.usage else 0,
            output_tokens=resp.usage.completion_tokens if resp.usage else 0,
        )

    async def stream(self, messages: list[Message], *, system: str | None = None) -> AsyncIterator[str]:
        # Groq is fast enough that we just fake streaming from one response.
        reply = await self.complete(messages, system=system)
        for word in reply.text.split(" "):
            yield word + " "


class GroqCompatBackend(GroqBackend):
    """Deprecated: Groq over the OpenAI SDK."""

    def __init__(self, model: str, *, api_key: str | None = None, **kwargs) -> None:
        Backend.__init__(self, model, **kwargs)
        self._client = AsyncOpenAI(api_key=api_key, base_url=GROQ_OPENAI_BASE)

    async def stream(self, messages: list[Message], *, system: str | None = None) -> AsyncIterator[str]:
        payload = ([{"role": "system", "content": system}] if system else []) + [m.as_dict() for m in messages]
        stream = await self._client.chat.completions.create(
            model=self.model, messages=payload, stream=True
        )
        async for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content
