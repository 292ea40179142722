from __future__ import annotations

from typing import Sequence

import cohere

from mlserve.clients import get_cohere_client
from mlserve.types import ChatResult, EmbeddingResult

_INPUT_TYPES = {"document": "search_document", "query": "search_query"}


class CohereProvider:
    name = "cohere"
    chat_model = "command-r-plus-08-2024"
    embed_model = "embed-english-v3.0"
    rerank_model = "rerank-english-v3.0"

    def __init__(self, client: cohere.ClientV2 | None = None) -> None:
        self._co = client or get_cohere_client()

    def complete(
        self,
        messages: Sequence[dict[str, str]],
        *,
        model: str | None = None,
        max_tokens: int = 512,
        temperature: float = 0.2,
    ) -> ChatResult:
        model = model or self.chat_model
        resp = self._co.chat(
            model=model,
            messages=list(messages),
            max_tokens=max_tokens,
            temperature=temperature,
        )
        text = "".join(part.text for part in resp.message.content or [] if part.type == "text")
        billed = resp.usage.billed_units if resp.usage else None
        return ChatResult(
            text=text,
            model=model,
            provider=self.name,
            input_tokens=int(billed.input_tokens or 0) if billed else 0,
            output_tokens=int(billed.output_tokens or 0) if billed else 0,
            raw=resp,
        )

    def embed(
        self,
        texts: Sequence[str],
        *,
        model: str | None = None,
        input_type: str = "document",
    ) -> EmbeddingResult:
        model = model or self.embed_model
        resp = self._co.embed(
            texts=list(texts),
            model=model,
            input_type=_INPUT_TYPES[input_type],
            embedding_types=["float"],
        )
        return EmbeddingResult(vectors=list(resp.embeddings.float_), model=model, provider=self.name)

    def rerank(self, query: str, documents: Sequence[str], *, top_n: int = 8) -> list[tuple[int, float]]:
        resp = self._co.rerank(
            model=self.rerank_model, query=query, documents=list(documents), top_n=top_n
        )
        return [(r.index, r.relevance_score) for r in resp.results]

    def token_count(self, text: str) -> int:
        # tokenize is free and not metered
        return len(self._co.tokenize(text=text, model=self.chat_model).tokens)
