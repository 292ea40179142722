from __future__ import annotations

from typing import Iterator

from openai import OpenAI

from assistant.llm.base import ChatMessage, Completion
from assistant.llm.clients import get_openai_client


class OpenAIProvider:
    name = "openai"

    def __init__(self, client: OpenAI | None = None, default_model: str = "gpt-4o-mini"):
        self._client = client or get_openai_client()
        self.default_model = default_model

    def _payload(self, messages: list[ChatMessage], system: str | None) -> list[dict]:
        payload = [m.as_dict() for m in messages]
        if system:
            payload.insert(0, {"role": "system", "content": system})
        return payload

    def complete(
        self,
        messages: list[ChatMessage],
        *,
        system: str | None = None,
        model: str | None = None,
        max_tokens: int = 1024,
        temperature: float = 0.2,
    ) -> Completion:
        resp = self._client.chat.completions.create(
            model=model or self.default_model,
            messages=self._payload(messages, system),
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
            raw=resp,
        )

    def stream(
        self,
        messages: list[ChatMessage],
        *,
        system: str | None = None,
        model: str | None = None,
    ) -> Iterator[str]:
        stream = self._client.chat.completions.create(
            model=model or self.default_model,
            messages=self._payload(messages, system),
            stream=True,
        )
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content

    def available_models(self) -> list[str]:
        return sorted(m.id for m in self._client.models.list() if m.id.startswith("gpt"))
