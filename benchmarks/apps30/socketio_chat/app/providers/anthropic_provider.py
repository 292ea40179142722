from __future__ import annotations

from typing import AsyncIterator

from anthropic import AsyncAnthropic

from app.providers.base import ChatProvider, Completion, Message, split_system


class AnthropicProvider(ChatProvider):
    name = "anthropic"

    def __init__(self, client: AsyncAnthropic, model: str = "claude-3-5-sonnet-latest",
                 max_tokens: int = 1024) -> None:
        super().__init__(client, model)
        self.max_tokens = max_tokens

    async def complete(self, messages: list[Message], **kwargs) -> Completion:
        system, rest = split_system(messages)
        msg = await self.client.messages.create(
            model=self.model,
            max_tokens=kwargs.pop("max_tokens", self.max_tokens),
            system=system or "",
            messages=rest,
            **kwargs,
        )
        text = "".join(block.text for block in msg.content if block.type == "text")
        return Completion(text, msg.model, msg.usage.input_tokens, msg.usage.output_tokens)

    async def stream(self, messages: list[Message], **kwargs) -> AsyncIterator[str]:
        system, rest = split_system(messages)
        async with self.client.messages.stream(
            model=self.model, max_tokens=self.max_tokens, system=system or "", messages=rest
        ) as stream:
            async for text in stream.text_stream:
                yield text

    async def count(self, messages: list[Message]) -> int:
        system, rest = split_system(messages)
        res = await self.client.messages.count_tokens(
            model=self.model, system=system or "", messages=rest
        )
        return res.input_tokens
