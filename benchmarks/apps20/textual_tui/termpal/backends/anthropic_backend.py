"""Anthropic backend."""

from __future__ import annotations

from collections.abc import AsyncIterator

import anthropic

from termpal.backends.base import Backend, BackendError, Message, Reply
from termpal.clients import get_anthropic


class AnthropicBackend(Backend):
    name = "anthropic"

    def __init__(self, model: str, **kwargs) -> None:
        super().__init__(model, **kwargs)
        self._client = get_anthropic()

    async def complete(self, messages: list[Message], *, system: str | None = None) -> Reply:
        sys_from_history, rest = self.split_system(messages)
        try:
            msg = await self._client.messages.create(
                model=self.model,
                max_tokens=self.max_tokens,
                system=system or sys_from_history or anthropic.NOT_GIVEN,
                temperature=self.temperature,
                messages=[m.as_dict() for m in rest],
            )
        except anthropic.APIError as exc:
            raise BackendError(exc.message) from exc
        text = "".join(block.text for block in msg.content if block.type == "text")
        return Reply(
            text=text,
            model=msg.model,
            input_tokens=msg.usage.input_tokens,
            output_tokens=msg.usage.output_tokens,
            raw=msg,
        )

    async def stream(self, messages: list[Message], *, system: str | None = None) -> AsyncIterator[str]:
        sys_from_history, rest = self.split_system(messages)
        async with self._client.messages.stream(
            model=self.model,
            max_tokens=self.max_tokens,
            system=system or sys_from_history or anthropic.NOT_GIVEN,
            messages=[m.as_dict() for m in rest],
        ) as stream:
            async for text in stream.text_stream:
                yield text

    async def list_models(self) -> list[str]:
        models = []
        async for info in self._client.models.list(limit=50):
            models.append(info.id)
        return models
