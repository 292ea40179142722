from __future__ import annotations

from typing import Iterator

from mistralai import Mistral

from assistant.llm.base import ChatMessage, Completion
from assistant.llm.clients import get_mistral_client


class MistralProvider:
    name = "mistral"

    def __init__(self, client: Mistral | None = None, default_model: str = "mistral-large-latest"):
        self._client = client or get_mistral_client()
        self.default_model = default_model

    def complete(
        self,
        messages: list[ChatMessage],
        *,
        system: str | None = None,
        model: str | None = None,
        max_tokens: int = 1024,
        temperature: float = 0.2,
    ) -> Completion:
        payload = [m.as_dict() for m in messages]
        if system:
            payload.insert(0, {"role": "system", "content": system})
        res = self._client.chat.complete(
            model=model or self.default_model,
            messages=payload,
            max_tokens=max_tokens,
            temperature=temperature,
        )
        return Completion(
            text=res.choices[0].message.content or "",
            model=res.model,
            provider=self.name,
            input_tokens=res.usage.prompt_tokens,
            output_tokens=res.usage.completion_tokens,
            raw=res,
        )

    def stream(
        self,
        messages: list[ChatMessage],
        *,
        system: str | None = None,
        model: str | None = None,
    ) -> Iterator[str]:
        payload = [m.as_dict() for m in messages]
        if system:
            payload.insert(0, {"role": "system", "content": system})
        events = self._client.chat.stream(model=model or self.default_model, messages=payload)
        with events as stream:
            for event in stream:
                delta = event.data.choices[0].delta.content
                if delta:
                    yield delta
