"""Self-hosted models on the GPU pool, reached through Ollama."""
from __future__ import annotations

import logging
from typing import AsyncIterator, List, Sequence

from modelgw.providers import clients
from modelgw.providers.base import BaseProvider, ChatParams, CompletionResult, EmbeddingResult, StreamDelta

log = logging.getLogger(__name__)

KEEP_ALIVE = "30m"


class OllamaProvider(BaseProvider):
    name = "ollama"
    supports_embeddings = True

    def __init__(self, client=None):
        self._client = client or clients.ollama_client()

    @staticmethod
    def _options(params: ChatParams) -> dict:
        opts = {"num_predict": params.max_tokens}
        if params.temperature is not None:
            opts["temperature"] = params.temperature
        return opts

    async def complete(self, params: ChatParams) -> CompletionResult:
        result = await self._client.chat(
            model=params.model,
            messages=params.messages,
            options=self._options(params),
            format="json" if params.json_mode else None,
            keep_alive=KEEP_ALIVE,
        )
        return CompletionResult(
            text=result.message.content or "",
            model=result.model,
            provider=self.name,
            input_tokens=result.prompt_eval_count or 0,
            output_tokens=result.eval_count or 0,
            finish_reason=result.done_reason or "",
        )

    async def stream(self, params: ChatParams) -> AsyncIterator[StreamDelta]:
        parts = await self._client.chat(
            model=params.model,
            messages=params.messages,
            options=self._options(params),
            keep_alive=KEEP_ALIVE,
            stream=True,
        )
        async for part in parts:
            if part.message and part.message.content:
                yield StreamDelta(text=part.message.content)
            if part.done:
                yield StreamDelta(
                    done=True,
                    input_tokens=part.prompt_eval_count or 0,
                    output_tokens=part.eval_count or 0,
                )

    async def embed(self, model: str, inputs: Sequence[str], dimensions: int = 0) -> EmbeddingResult:
        resp = await self._client.embed(model=model, input=list(inputs), keep_alive=KEEP_ALIVE)
        return EmbeddingResult(
            vectors=[list(v) for v in resp.embeddings],
            model=model,
            input_tokens=resp.prompt_eval_count or 0,
        )

    async def list_models(self) -> List[str]:
        listing = await self._client.list()
        return [m.model for m in listing.models]
