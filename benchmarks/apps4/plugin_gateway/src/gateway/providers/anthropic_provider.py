from __future__ import annotations

import logging
from typing import Iterator, List, Optional, Sequence, Tuple

from gateway.clients import sdk_clients
from gateway.providers.base import BaseProvider
from gateway.providers.registry import register
from gateway.retry import vendor_retry
from gateway.schemas import ChatMessage, ChatResult, Usage

log = logging.getLogger(__name__)


def split_system(messages: Sequence[ChatMessage]) -> Tuple[Optional[str], List[dict]]:
    """Anthropic takes the system prompt as a separate field."""
    system_parts = [m.content for m in messages if m.role == "system"]
    rest = [{"role": m.role, "content": m.content} for m in messages if m.role != "system"]
    return ("\n\n".join(system_parts) or None), rest


@register("anthropic")
class AnthropicProvider(BaseProvider):
    supports_embeddings = False

    def __init__(self, settings=None) -> None:
        super().__init__(settings)
        self._sdk = sdk_clients.get_anthropic_client()
        self._async_sdk = sdk_clients.get_async_anthropic_client()

    @property
    def client(self):
        return self._sdk

    @property
    def async_client(self):
        return self._async_sdk

    def _params(self, messages, model, temperature, max_tokens) -> dict:
        system, turns = split_system(messages)
        params = {
            "model": model or self.default_model,
            "messages": turns,
            "max_tokens": self._max_tokens(max_tokens),
            "temperature": temperature,
        }
        if system:
            params["system"] = system
        return params

    def estimate_input_tokens(self, messages: Sequence[ChatMessage], model: Optional[str] = None) -> int:
        system, turns = split_system(messages)
        extra = {"system": system} if system else {}
        counted = self._sdk.messages.count_tokens(model=model or self.default_model, messages=turns, **extra)
        return counted.input_tokens

    @vendor_retry()
    def complete(self, messages, *, model=None, temperature=0.2, max_tokens=None) -> ChatResult:
        params = self._params(messages, model, temperature, max_tokens)
        msg = self._sdk.messages.create(**params)
        text = "".join(block.text for block in msg.content if block.type == "text")
        usage = Usage(input_tokens=msg.usage.input_tokens, output_tokens=msg.usage.output_tokens)
        return self._result(msg.model, text, usage, msg.stop_reason)

    async def acomplete(self, messages, *, model=None, temperature=0.2, max_tokens=None) -> ChatResult:
        msg = await self._async_sdk.messages.create(**self._params(messages, model, temperature, max_tokens))
        text = "".join(block.text for block in msg.content if block.type == "text")
        usage = Usage(input_tokens=msg.usage.input_tokens, output_tokens=msg.usage.output_tokens)
        return self._result(msg.model, text, usage, msg.stop_reason)

    def stream(self, messages, *, model=None, temperature=0.2, max_tokens=None) -> Iterator[str]:
        with self._sdk.messages.stream(**self._params(messages, model, temperature, max_tokens)) as stream:
            for text in stream.text_stream:
                yield text
            final = stream.get_final_message()
        log.debug(
            "anthropic stream done in=%s out=%s", final.usage.input_tokens, final.usage.output_tokens
        )
