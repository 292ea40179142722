"""Embedding helpers. Cohere is the default, OpenAI is kept for the old index."""
from __future__ import annotations

from typing import Iterable, Sequence

from config.settings import MODELS
from enrichment import client_cache


def chunk_text(text: str, size: int = 1500, overlap: int = 200) -> list[str]:
    if len(text) <= size:
        return [text]
    out, start = [], 0
    while start < len(text):
        out.append(text[start : start + size])
        start += size - overlap
    return out


def batched(items: Sequence, n: int) -> Iterable[Sequence]:
    for i in range(0, len(items), n):
        yield items[i : i + n]


def embed_cohere(texts: list[str], input_type: str = "search_document") -> list[list[float]]:
    co = client_cache.cohere_client()
    resp = co.embed(
        model=MODELS.embed_model,
        texts=texts,
        input_type=input_type,
        embedding_types=["float"],
    )
    return [list(v) for v in resp.embeddings.float_]


def embed_openai(client, texts: list[str]) -> list[list[float]]:
    resp = client.embeddings.create(model=MODELS.openai_embed_model, input=texts)
    return [d.embedding for d in sorted(resp.data, key=lambda d: d.index)]


def rerank_snippets(query: str, snippets: list[str], top_n: int = 3) -> list[tuple[int, float]]:
    resp = client_cache.cohere_client().rerank(
        model=MODELS.rerank_model, query=query, documents=snippets, top_n=top_n
    )
    return [(r.index, r.relevance_score) for r in resp.results]


class EmbeddingBackend:
    """Small strategy object so the backfill script can switch indexes by flag."""

    def __init__(self, name: str = "cohere") -> None:
        self.name = name

    def embed(self, texts: list[str]) -> list[list[float]]:
        if self.name == "cohere":
            return embed_cohere(texts)
        if self.name == "openai":
            return embed_openai(client_cache.openai_client(), texts)
        raise ValueError(self.name)
