"""OpenAI provider."""
from __future__ import annotations

import logging
from functools import cached_property
from typing import Any

from openai import APIConnectionError, APITimeoutError, InternalServerError, OpenAI, RateLimitError

from docflow.config import settings

from .base import Completion, LLMProvider, register
from .retry import with_retry

logger = logging.getLogger(__name__)

_TRANSIENT = (APIConnectionError, APITimeoutError, RateLimitError, InternalServerError)


@register("openai")
class OpenAIProvider(LLMProvider):
    default_model = settings.default_chat_model
    embedding_model = settings.embedding_model
    moderation_model = "omni-moderation-latest"

    @cached_property
    def client(self) -> OpenAI:
        return OpenAI(
            api_key=settings.openai_api_key,
            timeout=settings.llm_timeout_seconds,
            max_retries=0,
        )

    @with_retry(attempts=3, retry_on=_TRANSIENT)
    def complete(
        self,
        prompt: str,
        *,
        system: str | None = None,
        max_tokens: int = 1024,
        **kwargs: Any,
    ) -> Completion:
        messages: list[dict[str, str]] = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})

        response = self.client.chat.completions.create(
            model=kwargs.pop("model", self.model),
            messages=messages,
            max_tokens=max_tokens,
            **kwargs,
        )
        usage = response.usage
        return Completion(
            text=response.choices[0].message.content or "",
            model=response.model,
            input_tokens=usage.prompt_tokens if usage else 0,
            output_tokens=usage.completion_tokens if usage else 0,
            raw=response,
        )

    @with_retry(attempts=4, retry_on=_TRANSIENT)
    def embed(self, texts: list[str]) -> list[list[float]]:
        response = self.client.embeddings.create(model=self.embedding_model, input=texts)
        return [item.embedding for item in response.data]

    def moderate(self, text: str) -> bool:
        """Return True when the text is flagged by the moderation endpoint."""
        result = self.client.moderations.create(model=self.moderation_model, input=text[:32_000])
        flagged = any(r.flagged for r in result.results)
        if flagged:
            logger.info("moderation flagged %d chars of input", len(text))
        return flagged
