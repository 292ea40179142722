"""Near-duplicate detection across shops using Voyage embeddings + rerank."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from product_crawler.llm.embeddings import VoyageEmbedder, cosine, rerank_candidates

logger = logging.getLogger(__name__)


@dataclass
class DuplicatePair:
    left: str
    right: str
    score: float


def _product_text(item: dict) -> str:
    return f"{item.get('title', '')}\n{item.get('summary') or item.get('description', '')[:500]}"


def find_near_duplicates(items: list[dict], threshold: float = 0.92, embedder: VoyageEmbedder | None = None):
    embedder = embedder or VoyageEmbedder()
    texts = [_product_text(i) for i in items]
    vectors = embedder.embed_documents(texts)

    pairs: list[DuplicatePair] = []
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            score = cosine(vectors[i], vectors[j])
            if score >= threshold:
                pairs.append(DuplicatePair(items[i]["url"], items[j]["url"], score))
    logger.info("found %d near-duplicate pairs among %d items", len(pairs), len(items))
    return pairs


def best_match(query_item: dict, candidates: list[dict]) -> dict | None:
    if not candidates:
        return None
    ranked = rerank_candidates(_product_text(query_item), [_product_text(c) for c in candidates], top_k=1)
    idx, score = ranked[0]
    return candidates[idx] if score > 0.5 else None


def search(query: str, items: list[dict], embedder: VoyageEmbedder, k: int = 10) -> list[dict]:
    qv = embedder.embed_query(query)
    scored = sorted(items, key=lambda it: cosine(qv, it["embedding"]), reverse=True)
    return scored[:k]
