from __future__ import annotations

from typing import AsyncIterator

import ollama

from app.providers.base import ChatProvider, Completion, Message


class OllamaProvider(ChatProvider):
    """Self-hosted fallback used when the hosted providers are degraded."""

    name = "ollama"

    def __init__(self, client: ollama.AsyncClient, model: str = "llama3.1:8b") -> None:
        super().__init__(client, model)

    async def complete(self, messages: list[Message], **kwargs) -> Completion:
        res = await self.client.chat(model=self.model, messages=messages, options=kwargs or None)
        return Completion(
            text=res["message"]["content"],
            model=self.model,
            input_tokens=res.get("prompt_eval_count", 0),
            output_tokens=res.get("eval_count", 0),
        )

    async def stream(self, messages: list[Message], **kwargs) -> AsyncIterator[str]:
        async for part in await self.client.chat(model=self.model, messages=messages, stream=True):
            yield part["message"]["content"]

    async def installed_models(self) -> list[str]:
        listing = await self.client.list()
        return [m["model"] for m in listing["models"]]
