"""OpenAI chat backend.

This was the first backend and still builds its own client instead of taking
one from the container (the container did not exist yet). Left as is because
some scripts construct it directly with a custom ``base_url``.
"""
from __future__ import annotations

import logging
from typing import Iterator, Optional, Sequence

from openai import OpenAI

from llmkit.backends import register_backend
from llmkit.backends.base import BaseBackend, ChatMessage, Completion
from llmkit.config import Settings, secret
from llmkit.errors import EmptyCompletion
from llmkit.retry import retry

logger = logging.getLogger(__name__)


@register_backend("openai")
class OpenAIBackend(BaseBackend):
    supports_streaming = True

    def __init__(self, settings: Settings, client: Optional[OpenAI] = None,
                 base_url: Optional[str] = None) -> None:
        super().__init__(settings)
        self._client = client or OpenAI(
            api_key=secret(settings.openai_api_key),
            organization=settings.openai_org,
            base_url=base_url or settings.openai_base_url,
            timeout=settings.request_timeout,
            max_retries=0,
        )
        self.default_model = settings.openai_chat_model

    @classmethod
    def from_container(cls, container):  # type: ignore[override]
        return cls(container.settings)

    @retry(attempts=3)
    def generate(self, messages: Sequence[ChatMessage], *, model: Optional[str] = None,
                 max_tokens: int = 1024, temperature: float = 0.2) -> Completion:
        model = model or self.default_model
        resp = self._client.chat.completions.create(
            model=model,
            messages=self.to_dicts(messages),
            max_tokens=max_tokens,
            temperature=temperature,
        )
        choice = resp.choices[0]
        if not choice.message.content:
            raise EmptyCompletion(self.name, model)
        usage = resp.usage
        return Completion(
            text=choice.message.content,
            model=resp.model,
            provider=self.name,
            input_tokens=usage.prompt_tokens if usage else 0,
            output_tokens=usage.completion_tokens if usage else 0,
            finish_reason=choice.finish_reason,
        )

    def stream(self, messages: Sequence[ChatMessage], *, model: Optional[str] = None,
               max_tokens: int = 1024, temperature: float = 0.2) -> Iterator[str]:
        stream = self._client.chat.completions.create(
            model=model or self.default_model,
            messages=self.to_dicts(messages),
            max_tokens=max_tokens,
            temperature=temperature,
            stream=True,
            stream_options={"include_usage": True},
        )
        for chunk in stream:
            if chunk.usage is not None:
                logger.debug("openai stream usage: %s", chunk.usage)
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content
