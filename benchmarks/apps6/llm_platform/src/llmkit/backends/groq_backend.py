"""Groq backend: OpenAI-shaped API, very low latency; used for query rewriting."""
from __future__ import annotations

from typing import Optional, Sequence

from llmkit.backends import register_backend
from llmkit.backends.base import BaseBackend, ChatMessage, Completion
from llmkit.retry import retry


@register_backend("groq")
class GroqBackend(BaseBackend):
    def __init__(self, settings, client) -> None:
        super().__init__(settings, client)
        self.default_model = settings.groq_model

    @retry(attempts=5, base_delay=0.25, max_delay=2.0)
    def generate(self, messages: Sequence[ChatMessage], *, model: Optional[str] = None,
                 max_tokens: int = 1024, temperature: float = 0.2) -> Completion:
        resp = self._client.chat.completions.create(
            model=model or self.default_model,
            messages=self.to_dicts(messages),
            max_tokens=max_tokens,
            temperature=temperature,
        )
        usage = resp.usage
        return Completion(
            text=resp.choices[0].message.content or "",
            model=resp.model,
            provider=self.name,
            input_tokens=usage.prompt_tokens if usage else 0,
            output_tokens=usage.completion_tokens if usage else 0,
            finish_reason=resp.choices[0].finish_reason,
        )
