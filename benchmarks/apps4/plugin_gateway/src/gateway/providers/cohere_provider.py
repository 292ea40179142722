from __future__ import annotations

from typing import Iterator, List, Optional, Sequence, Tuple

from gateway.clients.sdk_clients import cohere_client
from gateway.providers.base import BaseProvider
from gateway.providers.registry import register
from gateway.retry import vendor_retry
from gateway.schemas import ChatResult, Usage


@register("cohere")
class CohereProvider(BaseProvider):
    rerank_model = "rerank-v3.5"

    @property
    def client(self):
        return cohere_client()

    def approx_tokens(self, text: str) -> int:
        # Offline tokenizer: downloads the vocab once, no generation involved.
        return len(self.client.tokenize(text=text, model=self.default_model).tokens)

    @vendor_retry()
    def complete(self, messages, *, model=None, temperature=0.2, max_tokens=None) -> ChatResult:
        model = model or self.default_model
        resp = self.client.chat(
            model=model,
            messages=self.to_wire(messages),
            temperature=temperature,
            max_tokens=self._max_tokens(max_tokens),
        )
        text = "".join(part.text for part in (resp.message.content or []) if part.type == "text")
        tokens = resp.usage.tokens if resp.usage else None
        usage = Usage(
            input_tokens=int(tokens.input_tokens or 0) if tokens else 0,
            output_tokens=int(tokens.output_tokens or 0) if tokens else 0,
        )
        return self._result(model, text, usage, resp.finish_reason)

    def stream(self, messages, *, model=None, temperature=0.2, max_tokens=None) -> Iterator[str]:
        for event in self.client.chat_stream(
            model=model or self.default_model,
            messages=self.to_wire(messages),
            temperature=temperature,
            max_tokens=self._max_tokens(max_tokens),
        ):
            if event.type == "content-delta":
                yield event.delta.message.content.text

    @vendor_retry()
    def embed(self, texts: Sequence[str], *, model: Optional[str] = None) -> List[List[float]]:
        resp = self.client.embed(
            texts=list(texts),
            model=model or self.embedding_model,
            input_type="search_document",
            embedding_types=["float"],
        )
        return [list(v) for v in resp.embeddings.float_]

    def rerank(self, query: str, documents: Sequence[str], top_n: int = 5) -> List[Tuple[int, float]]:
        resp = self.client.rerank(
            model=self.rerank_model, query=query, documents=list(documents), top_n=top_n
        )
        return [(r.index, r.relevance_score) for r in resp.results]
