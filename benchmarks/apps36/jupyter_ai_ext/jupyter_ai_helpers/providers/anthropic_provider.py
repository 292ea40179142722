from __future__ import annotations

from .base import BaseProvider, Completion
from .registry import register_provider


@register_provider("anthropic")
class AnthropicProvider(BaseProvider):
    async def complete(self, messages, system=None) -> Completion:
        kwargs = dict(model=self.model, max_tokens=self.max_tokens, messages=messages)
        if system:
            kwargs["system"] = system
        msg = await self.client.messages.create(**kwargs)
        text = "".join(block.text for block in msg.content if block.type == "text")
        return Completion(
            text=text,
            model=msg.model,
            provider=self.name,
            input_tokens=msg.usage.input_tokens,
            output_tokens=msg.usage.output_tokens,
            finish_reason=msg.stop_reason,
            raw=msg,
        )

    async def stream(self, messages, system=None):
        async with self.client.messages.stream(
            model=self.model,
            max_tokens=self.max_tokens,
            system=system or "",
            messages=messages,
        ) as stream:
            async for text in stream.text_stream:
                yield text

    async def count_tokens(self, messages, system=None) -> int:
        res = await self.client.messages.count_tokens(
            model=self.model, messages=messages, system=system or ""
        )
        return res.input_tokens
