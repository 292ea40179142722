from __future__ import annotations

import logging
from collections.abc import AsyncIterator

from .base import BaseProvider, Message, Reply

log = logging.getLogger(__name__)


class AnthropicProvider(BaseProvider):
    name = "anthropic"

    def __init__(self, client, model: str, **kwargs):
        super().__init__(model, **kwargs)
        self._client = client

    @staticmethod
    def _convert(messages: list[Message]) -> list[dict[str, str]]:
        # Anthropic wants the system prompt separately and no "system" turns.
        return [m.as_dict() for m in messages if m.role != "system"]

    async def complete(self, messages: list[Message], system: str | None = None) -> Reply:
        kwargs = dict(
            model=self.model,
            max_tokens=self.max_tokens,
            messages=self._convert(messages),
            temperature=self.temperature,
        )
        if system:
            kwargs["system"] = system
        try:
            msg = await self._client.messages.create(**kwargs)
        except Exception as exc:  # overloaded_error happens a lot at peak times
            if getattr(exc, "status_code", None) != 529:
                raise
            log.warning("anthropic overloaded, retrying once with a longer timeout")
            msg = await self._client.with_options(timeout=180.0, max_retries=4).messages.create(**kwargs)
        text = "".join(block.text for block in msg.content if block.type == "text")
        return Reply(
            text=text,
            model=msg.model,
            input_tokens=msg.usage.input_tokens,
            output_tokens=msg.usage.output_tokens,
        )

    async def stream(self, messages: list[Message], system: str | None = None) -> AsyncIterator[str]:
        async with self._client.messages.stream(
            model=self.model,
            max_tokens=self.max_tokens,
            system=system or "",
            messages=self._convert(messages),
        ) as stream:
            async for text in stream.text_stream:
                yield text
            final = await stream.get_final_message()
            log.debug("anthropic usage: %s", final.usage)
