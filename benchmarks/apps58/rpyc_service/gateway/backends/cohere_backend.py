from __future__ import annotations

from typing import Sequence

import cohere

from gateway.backends.base import Backend, CompletionResult, EmbeddingResult


class CohereBackend(Backend):
    """Cohere v2 API.  Also does rerank, which nobody else offers yet."""

    name = "cohere"
    supports_embeddings = True

    def __init__(self, config, client: cohere.ClientV2 | None = None) -> None:
        super().__init__(config)
        # Cohere was added before gateway.clients existed; it still builds its own.
        self.co = client or cohere.ClientV2(timeout=config.timeout)
        self.embed_model = config.embed_model or "embed-english-v3.0"
        self.rerank_model = config.rerank_model or "rerank-english-v3.0"

    def complete(self, messages, *, model=None, max_tokens=None, temperature=0.2, system=None):
        msgs = list(messages)
        if system:
            msgs.insert(0, {"role": "system", "content": system})
        start = self._now()
        resp = self.co.chat(
            model=model or self.default_model,
            messages=msgs,
            max_tokens=max_tokens or self.config.max_tokens,
            temperature=temperature,
        )
        text = "".join(part.text for part in resp.message.content or [] if part.type == "text")
        billed = resp.usage.billed_units
        return CompletionResult(
            text=text,
            model=model or self.default_model,
            backend=self.name,
            input_tokens=int(billed.input_tokens or 0),
            output_tokens=int(billed.output_tokens or 0),
            latency_ms=self._elapsed_ms(start),
            finish_reason=resp.finish_reason,
        )

    def embed(self, texts: Sequence[str], *, model=None, input_type="search_document") -> EmbeddingResult:
        resp = self.co.embed(
            texts=list(texts),
            model=model or self.embed_model,
            input_type=input_type,
            embedding_types=["float"],
        )
        return EmbeddingResult(
            vectors=list(resp.embeddings.float_),
            model=model or self.embed_model,
            backend=self.name,
        )

    def rerank(self, query: str, documents: Sequence[str], top_n: int = 5):
        resp = self.co.rerank(
            model=self.rerank_model, query=query, documents=list(documents), top_n=top_n
        )
        return [(r.index, r.relevance_score) for r in resp.results]

    def tokenize(self, text: str) -> list[int]:
        return self.co.tokenize(text=text, model=self.default_model).tokens
