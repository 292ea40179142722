from __future__ import annotations

from typing import Iterator

import anthropic

from assistant.llm.base import ChatMessage, Completion, split_system
from assistant.llm.clients import get_anthropic_client


class AnthropicProvider:
    name = "anthropic"

    def __init__(
        self,
        client: anthropic.Anthropic | None = None,
        default_model: str = "claude-3-5-sonnet-20241022",
    ):
        self.client = client or get_anthropic_client()
        self.default_model = default_model

    def complete(
        self,
        messages: list[ChatMessage],
        *,
        system: str | None = None,
        model: str | None = None,
        max_tokens: int = 1024,
        temperature: float = 0.2,
    ) -> Completion:
        inline_system, rest = split_system(messages)
        kwargs = {}
        if system or inline_system:
            kwargs["system"] = system or inline_system
        message = self.client.messages.create(
            model=model or self.default_model,
            max_tokens=max_tokens,
            temperature=temperature,
            messages=[m.as_dict() for m in rest],
            **kwargs,
        )
        text = "".join(block.text for block in message.content if block.type == "text")
        return Completion(
            text=text,
            model=message.model,
            provider=self.name,
            input_tokens=message.usage.input_tokens,
            output_tokens=message.usage.output_tokens,
            raw=message,
        )

    def stream(
        self,
        messages: list[ChatMessage],
        *,
        system: str | None = None,
        model: str | None = None,
    ) -> Iterator[str]:
        inline_system, rest = split_system(messages)
        with self.client.messages.stream(
            model=model or self.default_model,
            max_tokens=2048,
            system=system or inline_system or "",
            messages=[m.as_dict() for m in rest],
        ) as stream:
            for text in stream.text_stream:
                yield text

    def count_tokens(self, messages: list[ChatMessage], model: str | None = None) -> int:
        _, rest = split_system(messages)
        result = self.client.messages.count_tokens(
            model=model or self.default_model,
            messages=[m.as_dict() for m in rest],
        )
        return result.input_tokens
