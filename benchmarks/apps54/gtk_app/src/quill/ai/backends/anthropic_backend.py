from __future__ import annotations

from typing import Iterator

from quill.ai.backends.base import Backend, Completion
from quill.ai.clients import get_anthropic_client


class AnthropicBackend(Backend):
    name = "anthropic"
    default_model = "claude-3-5-sonnet-latest"
    max_tokens = 2048

    def __init__(self, model: str | None = None) -> None:
        super().__init__(model)
        self._client = None

    @property
    def client(self):
        if self._client is None:
            self._client = get_anthropic_client()
        return self._client

    def complete(self, prompt: str, *, system: str | None = None, temperature: float = 0.3) -> Completion:
        kwargs = {"system": system} if system else {}
        msg = self.client.messages.create(
            model=self.model,
            max_tokens=self.max_tokens,
            temperature=temperature,
            messages=[{"role": "user", "content": prompt}],
            **kwargs,
        )
        text = "".join(block.text for block in msg.content if block.type == "text")
        return Completion(
            text=text,
            model=msg.model,
            input_tokens=msg.usage.input_tokens,
            output_tokens=msg.usage.output_tokens,
            raw=msg,
        )

    def stream(self, prompt: str, *, system: str | None = None) -> Iterator[str]:
        kwargs = {"system": system} if system else {}
        with self.client.messages.stream(
            model=self.model,
            max_tokens=self.max_tokens,
            messages=[{"role": "user", "content": prompt}],
            **kwargs,
        ) as stream:
            yield from stream.text_stream

    def count_tokens(self, prompt: str) -> int:
        result = self.client.messages.count_tokens(
            model=self.model, messages=[{"role": "user", "content": prompt}]
        )
        return result.input_tokens
