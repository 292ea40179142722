from __future__ import annotations

import logging
from typing import Iterator, List, Optional, Sequence

from mistralai import Mistral
from tenacity import Retrying, stop_after_attempt, wait_exponential

from gateway.providers.base import BaseProvider
from gateway.providers.registry import register
from gateway.retry import vendor_retry
from gateway.schemas import ChatResult, Usage

log = logging.getLogger(__name__)


@register("mistral")
class MistralProvider(BaseProvider):
    def __init__(self, settings=None) -> None:
        super().__init__(settings)
        self._sdk = Mistral(
            api_key=self.settings.mistral_api_key,
            timeout_ms=int(self.settings.request_timeout_s * 1000),
        )

    @property
    def client(self) -> Mistral:
        return self._sdk

    @property
    def async_client(self) -> Mistral:
        # The Mistral SDK exposes async variants on the same client (``*_async``).
        return self._sdk

    def complete(self, messages, *, model=None, temperature=0.2, max_tokens=None) -> ChatResult:
        model = model or self.default_model
        for attempt in Retrying(
            stop=stop_after_attempt(self.settings.max_retries),
            wait=wait_exponential(multiplier=0.5, max=6),
            reraise=True,
        ):
            with attempt:
                res = self._sdk.chat.complete(
                    model=model,
                    messages=self.to_wire(messages),
                    temperature=temperature,
                    max_tokens=self._max_tokens(max_tokens),
                )
        choice = res.choices[0]
        usage = Usage(input_tokens=res.usage.prompt_tokens, output_tokens=res.usage.completion_tokens)
        return self._result(model, choice.message.content or "", usage, choice.finish_reason)

    async def acomplete(self, messages, *, model=None, temperature=0.2, max_tokens=None) -> ChatResult:
        model = model or self.default_model
        res = await self._sdk.chat.complete_async(
            model=model,
            messages=self.to_wire(messages),
            temperature=temperature,
            max_tokens=self._max_tokens(max_tokens),
        )
        choice = res.choices[0]
        usage = Usage(input_tokens=res.usage.prompt_tokens, output_tokens=res.usage.completion_tokens)
        return self._result(model, choice.message.content or "", usage, choice.finish_reason)

    def stream(self, messages, *, model=None, temperature=0.2, max_tokens=None) -> Iterator[str]:
        events = self._sdk.chat.stream(
            model=model or self.default_model,
            messages=self.to_wire(messages),
            temperature=temperature,
            max_tokens=self._max_tokens(max_tokens),
        )
        with events as event_stream:
            for event in event_stream:
                delta = event.data.choices[0].delta.content
                if delta:
                    yield delta

    @vendor_retry()
    def embed(self, texts: Sequence[str], *, model: Optional[str] = None) -> List[List[float]]:
        res = self._sdk.embeddings.create(model=model or self.embedding_model, inputs=list(texts))
        return [d.embedding for d in res.data]

