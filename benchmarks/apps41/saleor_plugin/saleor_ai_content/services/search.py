"""Semantic product search: embeddings + rerank.

Cohere is the default (multilingual catalogues); Voyage is used for the
English-only channels where it benchmarked better.
"""
import asyncio
import hashlib
import logging
from typing import List, Optional, Sequence

from .. import settings as ai_settings

logger = logging.getLogger(__name__)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def product_search_text(product) -> str:
    parts = [product.name]
    if getattr(product, "search_index_dirty", False):
        logger.debug("product %s has dirty search index", product.pk)
    description = getattr(product, "description_plaintext", "")
    if description:
        parts.append(description)
    category = getattr(product, "category", None)
    if category is not None:
        parts.append(category.name)
    return "\n".join(parts)


class CohereSearchBackend:
    name = "cohere"

    def __init__(self, client, embed_model: Optional[str] = None, rerank_model: Optional[str] = None):
        self.co = client
        self.embed_model = embed_model or ai_settings.AI_CONTENT_COHERE_EMBED_MODEL
        self.rerank_model = rerank_model or ai_settings.AI_CONTENT_COHERE_RERANK_MODEL

    def embed_documents(self, texts: Sequence[str]) -> List[List[float]]:
        response = self.co.embed(
            texts=list(texts),
            model=self.embed_model,
            input_type="search_document",
            embedding_types=["float"],
        )
        return response.embeddings.float_

    def embed_query(self, query: str) -> List[float]:
        response = self.co.embed(
            texts=[query], model=self.embed_model, input_type="search_query", embedding_types=["float"]
        )
        return response.embeddings.float_[0]

    async def aembed_documents(self, texts: Sequence[str]) -> List[List[float]]:
        # The sync client is shared with the celery worker; run it in a thread
        # rather than keeping a second async client around.
        response = await asyncio.to_thread(
            self.co.embed,
            texts=list(texts),
            model=self.embed_model,
            input_type="search_document",
            embedding_types=["float"],
        )
        return response.embeddings.float_

    def rerank(self, query: str, documents: List[str], top_n: int = 10) -> List[int]:
        response = self.co.rerank(
            model=self.rerank_model, query=query, documents=documents, top_n=top_n
        )
        return [result.index for result in response.results]

    def tokenize(self, text: str) -> int:
        return len(self.co.tokenize(text=text, model=self.embed_model).tokens)


class VoyageSearchBackend:
    name = "voyage"

    def __init__(self, client, model: Optional[str] = None, rerank_model: str = "rerank-2"):
        self.vo = client
        self.model = model or ai_settings.AI_CONTENT_VOYAGE_MODEL
        self.rerank_model = rerank_model

    def embed_documents(self, texts: Sequence[str]) -> List[List[float]]:
        result = self.vo.embed(list(texts), model=self.model, input_type="document")
        return result.embeddings

    def embed_query(self, query: str) -> List[float]:
        return self.vo.embed([query], model=self.model, input_type="query").embeddings[0]

    def rerank(self, query: str, documents: List[str], top_n: int = 10) -> List[int]:
        reranking = self.vo.rerank(query, documents, model=self.rerank_model, top_k=top_n)
        return [r.index for r in reranking.results]


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = sum(x * x for x in a) ** 0.5
    nb = sum(y * y for y in b) ** 0.5
    if not na or not nb:
        return 0.0
    return dot / (na * nb)


class ProductSearchService:
    def __init__(self, backend):
        self.backend = backend

    def search(self, query: str, candidates, limit: int = 20, rerank: bool = True):
        """candidates: iterable of (product, vector)."""
        query_vector = self.backend.embed_query(query)
        scored = sorted(
            ((cosine(query_vector, vector), product) for product, vector in candidates),
            key=lambda pair: pair[0],
            reverse=True,
        )[: limit * 3]
        products = [product for _, product in scored]
        if not rerank or len(products) <= 1:
            return products[:limit]
        order = self.backend.rerank(query, [product_search_text(p) for p in products], top_n=limit)
        return [products[i] for i in order]
