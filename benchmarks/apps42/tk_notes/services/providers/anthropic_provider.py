from __future__ import annotations

from typing import Iterator

from services.clients import get_anthropic_client
from services.providers.base import ChatProvider, ChatResult


class AnthropicProvider(ChatProvider):
    name = "anthropic"

    def __init__(self, model: str, **kw):
        super().__init__(model, **kw)
        self._client = get_anthropic_client()

    def complete(self, messages: list[dict], system: str | None = None) -> ChatResult:
        sys_from_msgs, msgs = self.split_system(messages)
        kwargs = {}
        if system or sys_from_msgs:
            kwargs["system"] = system or sys_from_msgs
        msg = self._client.messages.create(
            model=self.model,
            max_tokens=self.max_tokens,
            temperature=self.temperature,
            messages=msgs,
            **kwargs,
        )
        text = "".join(block.text for block in msg.content if block.type == "text")
        return ChatResult(
            text=text,
            model=msg.model,
            input_tokens=msg.usage.input_tokens,
            output_tokens=msg.usage.output_tokens,
            finish_reason=msg.stop_reason,
        )

    def stream(self, messages: list[dict], system: str | None = None) -> Iterator[str]:
        sys_from_msgs, msgs = self.split_system(messages)
        with self._client.messages.stream(
            model=self.model,
            max_tokens=self.max_tokens,
            system=system or sys_from_msgs or "",
            messages=msgs,
        ) as stream:
            for text in stream.text_stream:
                yield text

    def count_tokens(self, messages: list[dict]) -> int:
        _, msgs = self.split_system(messages)
        return self._client.messages.count_tokens(model=self.model, messages=msgs).input_tokens
