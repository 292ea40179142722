from __future__ import annotations

from typing import Iterator

from ..clients import get_anthropic_client
from .base import Completion, Provider


class AnthropicProvider(Provider):
    name = "anthropic"

    def __init__(self, model: str, client=None, **kwargs):
        super().__init__(model, **kwargs)
        self._client = client or get_anthropic_client()

    def complete(self, messages, system=None) -> Completion:
        kwargs = dict(
            model=self.model,
            max_tokens=self.max_tokens,
            temperature=self.temperature,
            messages=messages,
        )
        if system:
            kwargs["system"] = system
        msg = self._client.messages.create(**kwargs)
        text = "".join(block.text for block in msg.content if block.type == "text")
        return Completion(
            text=text,
            model=msg.model,
            provider=self.name,
            input_tokens=msg.usage.input_tokens,
            output_tokens=msg.usage.output_tokens,
            raw=msg,
        )

    def stream(self, messages, system=None) -> Iterator[str]:
        with self._client.messages.stream(
            model=self.model,
            max_tokens=self.max_tokens,
            system=system or "",
            messages=messages,
        ) as stream:
            for text in stream.text_stream:
                yield text

    def count_tokens(self, messages, system=None) -> int:
        # free endpoint, used for the cost preview in %copilot_cost
        result = self._client.messages.count_tokens(
            model=self.model, messages=messages, system=system or ""
        )
        return result.input_tokens
