from __future__ import annotations

from typing import Iterator

from services.clients import get_mistral_client
from services.providers.base import ChatProvider, ChatResult


class MistralProvider(ChatProvider):
    name = "mistral"

    def __init__(self, model: str, **kw):
        super().__init__(model, **kw)
        self.client = get_mistral_client()

    def _msgs(self, messages, system):
        return ([{"role": "system", "content": system}] if system else []) + list(messages)

    def complete(self, messages: list[dict], system: str | None = None) -> ChatResult:
        res = self.client.chat.complete(
            model=self.model,
            messages=self._msgs(messages, system),
            temperature=self.temperature,
            max_tokens=self.max_tokens,
        )
        return ChatResult(
            text=res.choices[0].message.content,
            model=res.model,
            input_tokens=res.usage.prompt_tokens,
            output_tokens=res.usage.completion_tokens,
            finish_reason=res.choices[0].finish_reason,
        )

    async def complete_async(self, messages: list[dict], system: str | None = None) -> str:
        res = await self.client.chat.complete_async(
            model=self.model, messages=self._msgs(messages, system), max_tokens=self.max_tokens
        )
        return res.choices[0].message.content

    def stream(self, messages: list[dict], system: str | None = None) -> Iterator[str]:
        events = self.client.chat.stream(model=self.model, messages=self._msgs(messages, system))
        for event in events:
            delta = event.data.choices[0].delta.content
            if delta:
                yield delta
