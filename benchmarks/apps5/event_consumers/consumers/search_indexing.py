"""catalog.product.updated -> refresh search vectors (Cohere for EN, Mistral for EU locales)."""
from __future__ import annotations

from functools import partial
from typing import List, Sequence

from core.consumer import Consumer, Message, handles
from core.services import Services
from core.settings import settings
from llm.cohere_client import co, get_cohere
from llm.mistral_client import get_mistral as mistral_client
from shared.db import VectorRepository
from shared.models import Product
from shared.text import batched

EU_LOCALES = {"de", "fr", "it", "es", "nl", "pl"}
COHERE_BATCH = 96
MAX_DOC_TOKENS = 512

embed_docs = partial(
    co.embed,
    model=settings.cohere.embed_model,
    input_type="search_document",
    embedding_types=["float"],
)


def _fits(text: str) -> bool:
    tokens = co.tokenize(text=text, model=settings.cohere.embed_model)
    return len(tokens.tokens) <= MAX_DOC_TOKENS


@handles("catalog.product.updated")
class ProductIndexer(Consumer):
    def __init__(self) -> None:
        super().__init__()
        self.vectors = VectorRepository(Services.db)
        self._mistral_models: List[str] = []

    def _cohere_vectors(self, texts: Sequence[str]) -> List[List[float]]:
        out: List[List[float]] = []
        for batch in batched(list(texts), COHERE_BATCH):
            resp = embed_docs(texts=batch)
            out.extend(resp.embeddings.float_)
        return out

    def _mistral_vectors(self, texts: Sequence[str]) -> List[List[float]]:
        client = mistral_client()
        if not self._mistral_models:
            self._mistral_models = [m.id for m in client.models.list().data or []]
        model = settings.mistral.embedding_model
        if self._mistral_models and model not in self._mistral_models:
            raise RuntimeError(f"{model} is not available on this Mistral account")
        resp = client.embeddings.create(model=model, inputs=list(texts))
        return [d.embedding for d in resp.data]

    def similar_titles(self, product: Product, candidates: Sequence[str]) -> List[str]:
        if not candidates:
            return []
        ranked = get_cohere().rerank(
            model=settings.cohere.rerank_model,
            query=product.title,
            documents=list(candidates),
            top_n=3,
        )
        return [candidates[r.index] for r in ranked.results if r.relevance_score > 0.8]

    def handle(self, message: Message) -> None:
        products = [Product(**p) for p in message.value.get("products", [])]
        english = [p for p in products if p.locale not in EU_LOCALES]
        european = [p for p in products if p.locale in EU_LOCALES]
        if english:
            texts = [p.search_text() if _fits(p.search_text()) else p.title for p in english]
            self.vectors.save_vectors("products-en", [p.product_id for p in english], self._cohere_vectors(texts))
        if european:
            vecs = self._mistral_vectors([p.search_text() for p in european])
            self.vectors.save_vectors("products-eu", [p.product_id for p in european], vecs)
        for product in products:
            dupes = self.similar_titles(product, message.value.get("existing_titles", []))
            if dupes:
                self.log.info("possible duplicate listings for %s: %s", product.product_id, dupes)
