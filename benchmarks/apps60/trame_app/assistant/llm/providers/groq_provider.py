from __future__ import annotations

from typing import Iterator

from groq import Groq

from assistant.llm.base import ChatMessage, Completion
from assistant.llm.clients import get_groq_client


class GroqProvider:
    """Fast path for short interactive answers (tooltips, autocomplete)."""

    name = "groq"

    def __init__(self, client: Groq | None = None, default_model: str = "llama-3.3-70b-versatile"):
        self._client = client if client is not None else get_groq_client()
        self.default_model = default_model

    def complete(
        self,
        messages: list[ChatMessage],
        *,
        system: str | None = None,
        model: str | None = None,
        max_tokens: int = 512,
        temperature: float = 0.2,
    ) -> Completion:
        payload = ([{"role": "system", "content": system}] if system else []) + [
            m.as_dict() for m in messages
        ]
        completion = self._client.chat.completions.create(
            messages=payload,
            model=model or self.default_model,
            max_tokens=max_tokens,
            temperature=temperature,
        )
        return Completion(
            text=completion.choices[0].message.content or "",
            model=completion.model,
            provider=self.name,
            input_tokens=completion.usage.prompt_tokens,
            output_tokens=completion.usage.completion_tokens,
        )

    def stream(
        self,
        messages: list[ChatMessage],
        *,
        system: str | None = None,
        model: str | None = None,
    ) -> Iterator[str]:
        payload = ([{"role": "system", "content": system}] if system else []) + [
            m.as_dict() for m in messages
        ]
        for chunk in self._client.chat.completions.create(
            messages=payload, model=model or self.default_model, stream=True
        ):
            piece = chunk.choices[0].delta.content
            if piece:
                yield piece
