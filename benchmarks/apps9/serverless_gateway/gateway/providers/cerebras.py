"""Cerebras adapter. Used for latency-sensitive routes (autocomplete, routing classifier)."""
from __future__ import annotations

from typing import AsyncIterator

from gateway.providers.base import ChatProvider, ProviderSpec, result_from_openai_shape
from gateway.providers.clients import async_cerebras_client
from gateway.schemas import ChatRequest, ProviderResult

# Cerebras rejects a few OpenAI params outright instead of ignoring them.
_UNSUPPORTED = {"tool_choice"}


class CerebrasProvider(ChatProvider):
    name = "cerebras"

    def __init__(self):
        self.client = async_cerebras_client()

    def _kwargs(self, request: ChatRequest) -> dict:
        kw = request.sampling_kwargs()
        for key in _UNSUPPORTED:
            kw.pop(key, None)
        if "max_tokens" in kw:
            kw["max_completion_tokens"] = kw.pop("max_tokens")
        return kw

    async def chat(self, spec: ProviderSpec, request: ChatRequest) -> ProviderResult:
        start = self._clock()
        try:
            completion = await self.client.chat.completions.create(
                model=spec.model, messages=request.message_dicts(), **self._kwargs(request)
            )
        except Exception as exc:
            raise self._wrap_error(exc) from exc
        return result_from_openai_shape(self.name, spec.model, completion, self._elapsed_ms(start))

    async def stream(self, spec: ProviderSpec, request: ChatRequest) -> AsyncIterator[str]:
        response_stream = await self.client.chat.completions.create(
            model=spec.model,
            messages=request.message_dicts(),
            stream=True,
            **self._kwargs(request),
        )
        async for chunk in response_stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content
