from __future__ import annotations

from typing import Iterator

from services.clients import get_openai_client
from services.providers.base import ChatProvider, ChatResult


class OpenAIProvider(ChatProvider):
    name = "openai"

    def __init__(self, model: str, client=None, **kw):
        super().__init__(model, **kw)
        self._client = client or get_openai_client()

    def _messages(self, messages, system):
        if system:
            return [{"role": "system", "content": system}, *messages]
        return list(messages)

    def complete(self, messages: list[dict], system: str | None = None) -> ChatResult:
        resp = self._client.chat.completions.create(
            model=self.model,
            messages=self._messages(messages, system),
            temperature=self.temperature,
            max_tokens=self.max_tokens,
        )
        choice = resp.choices[0]
        return ChatResult(
            text=choice.message.content or "",
            model=resp.model,
            input_tokens=resp.usage.prompt_tokens if resp.usage else 0,
            output_tokens=resp.usage.completion_tokens if resp.usage else 0,
            finish_reason=choice.finish_reason,
        )

    def stream(self, messages: list[dict], system: str | None = None) -> Iterator[str]:
        chunks = self._client.chat.completions.create(
            model=self.model,
            messages=self._messages(messages, system),
            temperature=self.temperature,
            max_tokens=self.max_tokens,
            stream=True,
        )
        for chunk in chunks:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content

    def list_models(self) -> list[str]:
        return sorted(m.id for m in self._client.models.list() if m.id.startswith(("gpt", "o")))
