from __future__ import annotations

from typing import AsyncIterator

from openai import AsyncOpenAI

from app.providers.base import ChatProvider, Completion, Message


class OpenAIProvider(ChatProvider):
    name = "openai"

    def __init__(self, client: AsyncOpenAI, model: str = "gpt-4o-mini") -> None:
        super().__init__(client, model)

    async def complete(self, messages: list[Message], **kwargs) -> Completion:
        resp = await self.client.chat.completions.create(
            model=kwargs.pop("model", self.model),
            messages=messages,
            temperature=kwargs.pop("temperature", 0.3),
            **kwargs,
        )
        return Completion(
            text=resp.choices[0].message.content or "",
            model=resp.model,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
        )

    async def stream(self, messages: list[Message], **kwargs) -> AsyncIterator[str]:
        stream = await self.client.chat.completions.create(
            model=self.model, messages=messages, stream=True, **kwargs
        )
        async for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content
