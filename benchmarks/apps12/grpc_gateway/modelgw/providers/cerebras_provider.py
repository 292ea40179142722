"""Cerebras inference: used for latency-sensitive calls (autocomplete, routing)."""
from __future__ import annotations

import logging
import time
from typing import AsyncIterator, List

from modelgw.providers import clients
from modelgw.providers.base import BaseProvider, ChatParams, CompletionResult, StreamDelta

log = logging.getLogger(__name__)


class CerebrasProvider(BaseProvider):
    name = "cerebras"

    def __init__(self, client=None):
        self._client = client

    @property
    def client(self):
        # resolved lazily: the provider is registered even when the key is missing
        if self._client is None:
            self._client = clients.cerebras_client()
        return self._client

    async def complete(self, params: ChatParams) -> CompletionResult:
        started = time.perf_counter()
        out = await self.client.chat.completions.create(
            model=params.model,
            messages=params.messages,
            max_completion_tokens=params.max_tokens,
            temperature=params.temperature,
            response_format={"type": "json_object"} if params.json_mode else None,
        )
        log.debug("cerebras %s took %.0fms", params.model, (time.perf_counter() - started) * 1000)
        return CompletionResult(
            text=out.choices[0].message.content or "",
            model=out.model,
            provider=self.name,
            input_tokens=out.usage.prompt_tokens,
            output_tokens=out.usage.completion_tokens,
            finish_reason=out.choices[0].finish_reason or "",
            request_id=out.id,
        )

    async def stream(self, params: ChatParams) -> AsyncIterator[StreamDelta]:
        chunks = await self.client.chat.completions.create(
            model=params.model,
            messages=params.messages,
            max_completion_tokens=params.max_tokens,
            stream=True,
        )
        async for chunk in chunks:
            delta = chunk.choices[0].delta.content if chunk.choices else None
            if delta:
                yield StreamDelta(text=delta)
            if getattr(chunk, "usage", None):
                yield StreamDelta(
                    done=True,
                    input_tokens=chunk.usage.prompt_tokens,
                    output_tokens=chunk.usage.completion_tokens,
                )

    async def list_models(self) -> List[str]:
        listing = await self.client.models.list()
        return [m.id for m in listing.data]
