"""Perplexity Sonar models via their OpenAI-compatible endpoint."""
from __future__ import annotations

from collections.abc import AsyncIterator

from .base import BaseProvider, Message, Reply


class PerplexityProvider(BaseProvider):
    name = "perplexity"

    def __init__(self, client, model: str = "sonar", **kwargs):
        super().__init__(model, **kwargs)
        self._client = client

    async def complete(self, messages: list[Message], system: str | None = None) -> Reply:
        resp = await self._client.chat.completions.create(
            model=self.model,
            messages=self._with_system(messages, system),
            extra_body={"search_recency_filter": "month"},
        )
        citations = getattr(resp, "citations", None) or []
        return Reply(
            text=resp.choices[0].message.content or "",
            model=resp.model,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
            citations=list(citations),
        )

    async def stream(self, messages: list[Message], system: str | None = None) -> AsyncIterator[str]:
        stream = await self._client.chat.completions.create(
            model=self.model,
            messages=self._with_system(messages, system),
            stream=True,
        )
        async for chunk in stream:
            delta = chunk.choices[0].delta.content if chunk.choices else None
            if delta:
                yield delta
