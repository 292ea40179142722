"""Cohere v2 chat backend."""
from __future__ import annotations

from typing import Optional, Sequence

from llmkit.backends import register_backend
from llmkit.backends.base import BaseBackend, ChatMessage, Completion
from llmkit.retry import retry


@register_backend("cohere")
class CohereBackend(BaseBackend):
    def __init__(self, settings, client) -> None:
        super().__init__(settings, client)
        self.default_model = settings.cohere_chat_model

    @retry(attempts=3)
    def generate(self, messages: Sequence[ChatMessage], *, model: Optional[str] = None,
                 max_tokens: int = 1024, temperature: float = 0.2) -> Completion:
        model = model or self.default_model
        resp = self._client.chat(
            model=model,
            messages=self.to_dicts(messages),
            max_tokens=max_tokens,
            temperature=temperature,
        )
        text = "".join(part.text for part in (resp.message.content or []) if part.type == "text")
        tokens = resp.usage.tokens if resp.usage else None
        return Completion(
            text=text,
            model=model,
            provider=self.name,
            input_tokens=int(tokens.input_tokens or 0) if tokens else 0,
            output_tokens=int(tokens.output_tokens or 0) if tokens else 0,
            finish_reason=resp.finish_reason,
        )

    def count_tokens(self, messages: Sequence[ChatMessage], *, model: Optional[str] = None) -> int:
        text = "\n".join(m.content for m in messages)
        return len(self._client.tokenize(text=text, model=model or self.default_model).tokens)
