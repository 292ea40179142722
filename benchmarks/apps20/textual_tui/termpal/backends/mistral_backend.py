"""Mistral backend."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator

from mistralai import Mistral

from termpal.backends.base import Backend, Message, Reply


class MistralBackend(Backend):
    name = "mistral"
    supports_embeddings = True

    def __init__(self, model: str, *, api_key: str | None = None, **kwargs) -> None:
        super().__init__(model, **kwargs)
        self._client = Mistral(api_key=api_key or os.environ.get("MISTRAL_API_KEY", ""))

    def _messages(self, messages: list[Message], system: str | None) -> list[dict]:
        out = [{"role": "system", "content": system}] if system else []
        return out + [m.as_dict() for m in messages]

    async def complete(self, messages: list[Message], *, system: str | None = None) -> Reply:
        resp = await self._client.chat.complete_async(
            model=self.model,
            messages=self._messages(messages, system),
            temperature=self.temperature,
            max_tokens=self.max_tokens,
        )
        return Reply(
            text=resp.choices[0].message.content or "",
            model=resp.model,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
            raw=resp,
        )

    async def stream(self, messages: list[Message], *, system: str | None = None) -> AsyncIterator[str]:
        response = await self._client.chat.stream_async(
            model=self.model,
            messages=self._messages(messages, system),
            temperature=self.temperature,
        )
        async for event in response:
            delta = event.data.choices[0].delta.content
            if delta:
                yield delta

    async def list_models(self) -> list[str]:
        resp = await self._client.models.list_async()
        return [m.id for m in resp.data or []]
