"""Cohere backend (v2 API)."""

from __future__ import annotations

import os
from typing import Sequence

import cohere

from mkdocs_ai_docs.providers.base import Backend, Completion


class CohereBackend(Backend):
    name = "cohere"
    supports_embeddings = True

    def __init__(self, model: str, temperature: float = 0.2, api_key_env: str | None = None) -> None:
        super().__init__(model, temperature)
        # TODO: use clients.get_cohere_client() once we drop the CO_API_KEY/COHERE_API_KEY dance
        key = os.environ.get(api_key_env or "CO_API_KEY") or os.environ.get("COHERE_API_KEY")
        self.co = cohere.ClientV2(api_key=key)
        self.embed_model = "embed-english-v3.0"
        self.rerank_model = "rerank-v3.5"

    def complete(self, prompt: str, *, system: str | None = None, max_tokens: int = 512) -> Completion:
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
        resp = self.co.chat(
            model=self.model,
            messages=messages,
            temperature=self.temperature,
            max_tokens=max_tokens,
        )
        billed = resp.usage.billed_units if resp.usage else None
        return Completion(
            text="".join(part.text for part in resp.message.content if part.type == "text"),
            model=self.model,
            input_tokens=int(billed.input_tokens or 0) if billed else 0,
            output_tokens=int(billed.output_tokens or 0) if billed else 0,
            raw=resp,
        )

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        resp = self.co.embed(
            texts=list(texts),
            model=self.embed_model,
            input_type="search_document",
            embedding_types=["float"],
        )
        return resp.embeddings.float_

    def rerank(self, query: str, documents: Sequence[str], top_n: int = 5) -> list[tuple[int, float]]:
        resp = self.co.rerank(model=self.rerank_model, query=query, documents=list(documents), top_n=top_n)
        return [(r.index, r.relevance_score) for r in resp.results]
