"""Anthropic (Claude) backend."""
from __future__ import annotations

import functools
from typing import Iterator

import anthropic

from querysh.backends.base import BackendError, Completion
from querysh.config import Settings, load_settings


@functools.lru_cache(maxsize=1)
def anthropic_client() -> anthropic.Anthropic:
    settings = load_settings()
    return anthropic.Anthropic(api_key=settings.key_for("anthropic"))


class AnthropicBackend:
    name = "anthropic"

    def __init__(self, settings: Settings, client: anthropic.Anthropic | None = None) -> None:
        self.settings = settings
        self.model = settings.anthropic_model
        self.client = client or anthropic.Anthropic(api_key=settings.key_for("anthropic"))

    def complete(self, prompt: str, *, system: str | None = None, max_tokens: int = 1024) -> Completion:
        kwargs = {"system": system} if system else {}
        try:
            msg = self.client.messages.create(
                model=self.model,
                max_tokens=max_tokens,
                temperature=self.settings.temperature,
                messages=[{"role": "user", "content": prompt}],
                **kwargs,
            )
        except anthropic.APIError as exc:
            raise BackendError(f"Anthropic request failed: {exc}") from exc
        text = "".join(block.text for block in msg.content if block.type == "text")
        return Completion(
            text=text,
            model=msg.model,
            input_tokens=msg.usage.input_tokens,
            output_tokens=msg.usage.output_tokens,
            raw=msg,
        )

    def stream(self, prompt: str, *, system: str | None = None) -> Iterator[str]:
        with self.client.messages.stream(
            model=self.model,
            max_tokens=self.settings.max_tokens,
            system=system or anthropic.NOT_GIVEN,
            messages=[{"role": "user", "content": prompt}],
        ) as stream:
            yield from stream.text_stream

    def estimate_tokens(self, prompt: str) -> int:
        counted = self.client.messages.count_tokens(
            model=self.model,
            messages=[{"role": "user", "content": prompt}],
        )
        return counted.input_tokens
