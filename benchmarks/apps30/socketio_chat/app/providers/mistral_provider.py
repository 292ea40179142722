from __future__ import annotations

from typing import AsyncIterator

from mistralai import Mistral

from app.providers.base import ChatProvider, Completion, Message


class MistralProvider(ChatProvider):
    name = "mistral"

    def __init__(self, client: Mistral, model: str = "mistral-small-latest") -> None:
        super().__init__(client, model)

    async def complete(self, messages: list[Message], **kwargs) -> Completion:
        res = await self.client.chat.complete_async(model=self.model, messages=messages, **kwargs)
        choice = res.choices[0]
        return Completion(
            text=choice.message.content or "",
            model=res.model,
            input_tokens=res.usage.prompt_tokens,
            output_tokens=res.usage.completion_tokens,
        )

    async def stream(self, messages: list[Message], **kwargs) -> AsyncIterator[str]:
        events = await self.client.chat.stream_async(model=self.model, messages=messages)
        async for event in events:
            delta = event.data.choices[0].delta.content
            if delta:
                yield delta

    async def embed(self, texts: list[str], model: str = "mistral-embed") -> list[list[float]]:
        res = await self.client.embeddings.create_async(model=model, inputs=texts)
        return [d.embedding for d in res.data]
