from __future__ import annotations

from typing import Iterator, Sequence

from openai import OpenAI

from .base import Backend, ChatResult, Message
from .clients import get_openai_client


class OpenAIBackend(Backend):
    name = "openai"

    def __init__(self, model: str, client: OpenAI | None = None, **kwargs):
        super().__init__(model, **kwargs)
        self._client = client or get_openai_client()

    def _messages(self, messages: Sequence[Message], system: str | None) -> list[Message]:
        out = [{"role": "system", "content": system}] if system else []
        out.extend(messages)
        return out

    def chat(self, messages: Sequence[Message], system: str | None = None) -> ChatResult:
        resp = self._client.chat.completions.create(
            model=self.model,
            messages=self._messages(messages, system),
            temperature=self.temperature,
            max_tokens=self.max_tokens,
        )
        usage = resp.usage
        return ChatResult(
            text=resp.choices[0].message.content or "",
            model=resp.model,
            provider=self.name,
            input_tokens=usage.prompt_tokens if usage else 0,
            output_tokens=usage.completion_tokens if usage else 0,
            raw=resp,
        )

    def stream(self, messages: Sequence[Message], system: str | None = None) -> Iterator[str]:
        stream = self._client.chat.completions.create(
            model=self.model,
            messages=self._messages(messages, system),
            temperature=self.temperature,
            max_tokens=self.max_tokens,
            stream=True,
        )
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        resp = self._client.embeddings.create(model="text-embedding-3-small", input=list(texts))
        return [d.embedding for d in resp.data]
