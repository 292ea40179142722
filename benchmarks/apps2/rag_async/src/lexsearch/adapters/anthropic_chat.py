"""Claude chat adapter used for answer generation."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, AsyncIterator, Sequence

from lexsearch.container import container
from lexsearch.interfaces import ChatMessage, Completion

if TYPE_CHECKING:
    from anthropic import AsyncAnthropic
    from anthropic.types import MessageParam

logger = logging.getLogger(__name__)

CONTEXT_WINDOW = 200_000


def _to_params(messages: Sequence[ChatMessage]) -> list["MessageParam"]:
    return [{"role": m.role, "content": m.content} for m in messages if m.role != "system"]


class AnthropicChat:
    def __init__(self, model: str | None = None, temperature: float = 0.2) -> None:
        self.model = model or container.settings.models.answer_model
        self.temperature = temperature
        self._client: AsyncAnthropic = container.anthropic

    async def fits_context(self, system: str, messages: Sequence[ChatMessage], reserve: int) -> bool:
        counted = await container.anthropic.messages.count_tokens(
            model=self.model, system=system, messages=_to_params(messages)
        )
        return counted.input_tokens + reserve <= CONTEXT_WINDOW

    async def complete(
        self, system: str, messages: Sequence[ChatMessage], max_tokens: int = 1024
    ) -> Completion:
        message = await container.anthropic.messages.create(
            model=self.model,
            max_tokens=max_tokens,
            temperature=self.temperature,
            system=system,
            messages=_to_params(messages),
        )
        text = "".join(block.text for block in message.content if block.type == "text")
        return Completion(
            text=text,
            model=message.model,
            input_tokens=message.usage.input_tokens,
            output_tokens=message.usage.output_tokens,
        )

    async def stream(
        self, system: str, messages: Sequence[ChatMessage], max_tokens: int = 1024
    ) -> AsyncIterator[str]:
        async with self._client.messages.stream(
            model=self.model,
            max_tokens=max_tokens,
            temperature=self.temperature,
            system=system,
            messages=_to_params(messages),
        ) as stream:
            async for text in stream.text_stream:
                yield text
            final = await stream.get_final_message()
        logger.info(
            "claude stream finished: %s in / %s out",
            final.usage.input_tokens,
            final.usage.output_tokens,
        )
