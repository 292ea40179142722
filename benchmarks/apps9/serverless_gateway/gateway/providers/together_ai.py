"""Together AI adapter (serverless open-weight models, embeddings, rerank)."""
from __future__ import annotations

from typing import AsyncIterator, Dict, List, Optional

from gateway.providers import clients
from gateway.providers.base import ChatProvider, ProviderSpec, result_from_openai_shape
from gateway.schemas import ChatRequest, ProviderResult


class TogetherProvider(ChatProvider):
    name = "together"

    def __init__(self, client=None):
        self._client = client or clients.async_together_client()

    async def chat(self, spec: ProviderSpec, request: ChatRequest) -> ProviderResult:
        start = self._clock()
        try:
            resp = await self._client.chat.completions.create(
                model=spec.model,
                messages=request.message_dicts(),
                **request.sampling_kwargs(),
            )
        except Exception as exc:
            raise self._wrap_error(exc) from exc
        return result_from_openai_shape(self.name, spec.model, resp, self._elapsed_ms(start))

    async def stream(self, spec: ProviderSpec, request: ChatRequest) -> AsyncIterator[str]:
        stream = await self._client.chat.completions.create(
            model=spec.model,
            messages=request.message_dicts(),
            stream=True,
            **request.sampling_kwargs(),
        )
        async for chunk in stream:
            if not chunk.choices:
                continue
            delta = chunk.choices[0].delta
            if delta and delta.content:
                yield delta.content

    async def embed(self, model: str, inputs: List[str]) -> List[List[float]]:
        resp = await self._client.embeddings.create(model=model, input=inputs)
        return [item.embedding for item in sorted(resp.data, key=lambda d: d.index)]

    async def rerank(
        self, model: str, query: str, documents: List[str], top_n: Optional[int] = None
    ) -> List[Dict[str, float]]:
        kwargs = {"top_n": top_n} if top_n else {}
        resp = await self._client.rerank.create(
            model=model, query=query, documents=documents, **kwargs
        )
        return [{"index": r.index, "relevance_score": r.relevance_score} for r in resp.results]
