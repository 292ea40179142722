from __future__ import annotations

from typing import Iterator, Sequence

import anthropic

from .base import Backend, ChatResult, Message
from .clients import get_anthropic_client


class AnthropicBackend(Backend):
    name = "anthropic"
    supports_embeddings = False

    def __init__(self, model: str, client: anthropic.Anthropic | None = None, **kwargs):
        super().__init__(model, **kwargs)
        self.client = client if client is not None else get_anthropic_client()

    def chat(self, messages: Sequence[Message], system: str | None = None) -> ChatResult:
        sys_from_history, rest = self.split_system(messages)
        params = dict(
            model=self.model,
            max_tokens=self.max_tokens,
            temperature=self.temperature,
            messages=rest,
        )
        if system or sys_from_history:
            params["system"] = system or sys_from_history
        msg = self.client.messages.create(**params)
        text = "".join(block.text for block in msg.content if block.type == "text")
        return ChatResult(
            text=text,
            model=msg.model,
            provider=self.name,
            input_tokens=msg.usage.input_tokens,
            output_tokens=msg.usage.output_tokens,
            raw=msg,
        )

    def stream(self, messages: Sequence[Message], system: str | None = None) -> Iterator[str]:
        sys_from_history, rest = self.split_system(messages)
        with self.client.messages.stream(
            model=self.model,
            max_tokens=self.max_tokens,
            system=system or sys_from_history or anthropic.NOT_GIVEN,
            messages=rest,
        ) as stream:
            for text in stream.text_stream:
                yield text
