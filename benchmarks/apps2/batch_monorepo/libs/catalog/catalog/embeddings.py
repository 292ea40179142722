"""Product embeddings for search, dedup and recommendations."""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from typing import Sequence

import litellm

from llmkit.clients import get_azure_openai, get_together
from llmkit.config import get_settings
from llmkit.mixins import EmbeddingMixin
from llmkit.retry import with_retry

from catalog.models import Product

logger = logging.getLogger(__name__)


def product_text(product: Product) -> str:
    attrs = " ".join(f"{k}={v}" for k, v in sorted(product.attributes.items()))
    return f"{product.title} | {product.category} | {product.brand or ''} | {attrs} | {product.description or ''}"


class ProductEmbedder(EmbeddingMixin):
    """Document-side embeddings stored in the vector index."""

    embed_model = "mistral-embed"
    embed_batch_size = 32

    def embed(self, products: Sequence[Product]) -> dict[str, list[float]]:
        texts = [product_text(p) for p in products]
        vectors: list[list[float]] = []
        for batch in self._batches(texts):
            response = self._embed_client.embeddings.create(model=self.embed_model, inputs=batch)
            vectors.extend(item.embedding for item in response.data)
        if len(vectors) != len(products):
            raise RuntimeError(f"expected {len(products)} vectors, got {len(vectors)}")
        return {p.sku: v for p, v in zip(products, vectors)}


class TogetherEmbedder:
    """Parallel embedding of large text sets on Together (BGE)."""

    def __init__(self, model: str = "BAAI/bge-large-en-v1.5", workers: int = 4, batch_size: int = 96) -> None:
        self.model = model
        self.workers = workers
        self.batch_size = batch_size

    def embed_texts(self, texts: Sequence[str]) -> list[list[float]]:
        client = get_together()
        batches = [list(texts[i : i + self.batch_size]) for i in range(0, len(texts), self.batch_size)]
        with ThreadPoolExecutor(max_workers=self.workers) as pool:
            responses = pool.map(lambda b: client.embeddings.create(model=self.model, input=b), batches)
            return [item.embedding for response in responses for item in response.data]


@with_retry(attempts=5, base_delay=2.0)
def embed_queries(queries: list[str]) -> list[list[float]]:
    """Query-side embeddings (Azure text-embedding-3-large at 1024 dims)."""
    response = get_azure_openai().embeddings.create(
        model=get_settings().azure_embed_deployment,
        input=queries,
        dimensions=1024,
    )
    return [item.embedding for item in response.data]


def embed_multilingual(texts: list[str]) -> list[list[float]]:
    """Cohere multilingual model for non-English storefront copy."""
    response = litellm.embedding(
        model="cohere/embed-multilingual-v3.0",
        input=texts,
        input_type="search_document",
    )
    return [row["embedding"] for row in response.data]
