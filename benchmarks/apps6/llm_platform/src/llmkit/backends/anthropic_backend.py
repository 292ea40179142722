"""Anthropic Messages API backend."""
from __future__ import annotations

from typing import Any, Dict, Iterator, Optional, Sequence

from llmkit.backends import register_backend
from llmkit.backends.base import BaseBackend, ChatMessage, Completion
from llmkit.retry import retry


@register_backend("anthropic")
class AnthropicBackend(BaseBackend):
    supports_streaming = True

    def __init__(self, settings, client) -> None:
        super().__init__(settings, client)
        self._client = client
        self.default_model = settings.anthropic_model

    def _request(self, messages: Sequence[ChatMessage], model: Optional[str], max_tokens: int,
                 temperature: float) -> Dict[str, Any]:
        system, rest = self.split_system(messages)
        params: Dict[str, Any] = {
            "model": model or self.default_model,
            "max_tokens": max_tokens,
            "temperature": temperature,
            "messages": self.to_dicts(rest),
        }
        if system:
            params["system"] = system
        return params

    @retry(attempts=4, base_delay=1.0)
    def generate(self, messages: Sequence[ChatMessage], *, model: Optional[str] = None,
                 max_tokens: int = 1024, temperature: float = 0.2) -> Completion:
        params = self._request(messages, model, max_tokens, temperature)
        msg = self._client.messages.create(**params)
        text = "".join(block.text for block in msg.content if block.type == "text")
        return Completion(
            text=text,
            model=msg.model,
            provider=self.name,
            input_tokens=msg.usage.input_tokens,
            output_tokens=msg.usage.output_tokens,
            finish_reason=msg.stop_reason,
        )

    def stream(self, messages: Sequence[ChatMessage], *, model: Optional[str] = None,
               max_tokens: int = 1024, temperature: float = 0.2) -> Iterator[str]:
        system, rest = self.split_system(messages)
        with self._client.messages.stream(
            model=model or self.default_model,
            max_tokens=max_tokens,
            temperature=temperature,
            system=system or "",
            messages=self.to_dicts(rest),
        ) as stream:
            for text in stream.text_stream:
                yield text

    def count_tokens(self, messages: Sequence[ChatMessage], *, model: Optional[str] = None) -> int:
        system, rest = self.split_system(messages)
        kwargs: Dict[str, Any] = {"model": model or self.default_model, "messages": self.to_dicts(rest)}
        if system:
            kwargs["system"] = system
        return self._client.messages.count_tokens(**kwargs).input_tokens
