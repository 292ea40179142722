from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from datalingo.providers.base import Completion, Provider

if TYPE_CHECKING:
    import anthropic


class AnthropicProvider(Provider):
    name = "anthropic"
    supports_streaming = True

    def __init__(self, client: "anthropic.Anthropic", model: str):
        super().__init__(model)
        self.client = client

    def complete(self, prompt, system=None, *, max_tokens=512, temperature=0.2) -> Completion:
        start = self._clock()
        kwargs: dict[str, Any] = {}
        if system:
            kwargs["system"] = system
        message = self.client.messages.create(
            model=self.model,
            max_tokens=max_tokens,
            temperature=temperature,
            messages=[{"role": "user", "content": prompt}],
            **kwargs,
        )
        text = "".join(block.text for block in message.content if block.type == "text")
        return Completion(
            text=text,
            model=message.model,
            provider=self.name,
            input_tokens=message.usage.input_tokens,
            output_tokens=message.usage.output_tokens,
            latency_s=self._clock() - start,
            raw=message,
        )

    def stream(self, prompt: str, system: str | None = None, **kwargs: Any) -> Iterator[str]:
        with self.client.messages.stream(
            model=self.model,
            max_tokens=kwargs.get("max_tokens", 1024),
            system=system or "",
            messages=[{"role": "user", "content": prompt}],
        ) as stream:
            yield from stream.text_stream

    def count_tokens(self, prompt: str, system: str | None = None) -> int:
        result = self.client.messages.count_tokens(
            model=self.model,
            system=system or "",
            messages=[{"role": "user", "content": prompt}],
        )
        return result.input_tokens
