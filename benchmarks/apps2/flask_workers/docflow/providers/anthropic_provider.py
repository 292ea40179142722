"""Anthropic provider."""
from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import anthropic

from docflow.config import settings

from .base import Completion, LLMProvider, register
from .retry import with_retry


@register("anthropic")
class AnthropicProvider(LLMProvider):
    default_model = settings.claude_model

    def __init__(self, model: str | None = None) -> None:
        super().__init__(model)
        self._client: anthropic.Anthropic | None = None
        self._client_lock = threading.Lock()

    @property
    def client(self) -> anthropic.Anthropic:
        if self._client is None:
            with self._client_lock:
                if self._client is None:
                    self._client = anthropic.Anthropic(
                        api_key=settings.anthropic_api_key,
                        timeout=settings.llm_timeout_seconds,
                        max_retries=0,
                    )
        return self._client

    @with_retry(
        attempts=3,
        retry_on=(anthropic.APIConnectionError, anthropic.RateLimitError, anthropic.InternalServerError),
    )
    def complete(
        self,
        prompt: str,
        *,
        system: str | None = None,
        max_tokens: int = 1024,
        **kwargs: Any,
    ) -> Completion:
        params: dict[str, Any] = {
            "model": kwargs.pop("model", self.model),
            "max_tokens": max_tokens,
            "messages": [{"role": "user", "content": prompt}],
        }
        if system:
            params["system"] = system
        message = self.client.messages.create(**params, **kwargs)
        text = "".join(block.text for block in message.content if block.type == "text")
        return Completion(
            text=text,
            model=message.model,
            input_tokens=message.usage.input_tokens,
            output_tokens=message.usage.output_tokens,
            raw=message,
        )

    def stream_complete(
        self,
        prompt: str,
        *,
        system: str | None = None,
        max_tokens: int = 2048,
    ) -> Iterator[str]:
        """Yield text deltas as they arrive."""
        with self.client.messages.stream(
            model=self.model,
            max_tokens=max_tokens,
            system=system or anthropic.NOT_GIVEN,
            messages=[{"role": "user", "content": prompt}],
        ) as stream:
            yield from stream.text_stream
