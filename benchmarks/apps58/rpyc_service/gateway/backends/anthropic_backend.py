from __future__ import annotations

import logging
from typing import Iterator

from gateway.backends.base import Backend, CompletionResult, split_system
from gateway.clients import get_anthropic_client

log = logging.getLogger(__name__)


class AnthropicBackend(Backend):
    name = "anthropic"
    supports_streaming = True

    def __init__(self, config, client=None) -> None:
        super().__init__(config)
        self.client = client if client is not None else get_anthropic_client()

    def complete(self, messages, *, model=None, max_tokens=None, temperature=0.2, system=None):
        sys_from_msgs, msgs = split_system(messages)
        system = system or sys_from_msgs
        kwargs = {}
        if system:
            kwargs["system"] = system
        start = self._now()
        msg = self.client.messages.create(
            model=model or self.default_model,
            max_tokens=max_tokens or self.config.max_tokens,
            messages=msgs,
            temperature=temperature,
            **kwargs,
        )
        text = "".join(block.text for block in msg.content if block.type == "text")
        return CompletionResult(
            text=text,
            model=msg.model,
            backend=self.name,
            input_tokens=msg.usage.input_tokens,
            output_tokens=msg.usage.output_tokens,
            latency_ms=self._elapsed_ms(start),
            finish_reason=msg.stop_reason,
        )

    def stream(self, messages, *, model=None, max_tokens=None, temperature=0.2, system=None) -> Iterator[str]:
        sys_from_msgs, msgs = split_system(messages)
        with self.client.messages.stream(
            model=model or self.default_model,
            max_tokens=max_tokens or self.config.max_tokens,
            system=system or sys_from_msgs or "",
            messages=msgs,
            temperature=temperature,
        ) as stream:
            for text in stream.text_stream:
                yield text

    def count_tokens(self, messages, *, model=None) -> int:
        # free endpoint, used by the router to decide on truncation
        _, msgs = split_system(messages)
        resp = self.client.messages.count_tokens(model=model or self.default_model, messages=msgs)
        return resp.input_tokens
