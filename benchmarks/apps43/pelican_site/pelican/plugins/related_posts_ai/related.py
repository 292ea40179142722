"""Attach ``article.related_posts`` using embedding similarity, optionally
re-ranked with voyage rerank-2 for the top candidates."""
from __future__ import annotations

import logging
import os
from pathlib import Path

import numpy as np

from llm_common import get_client, llm_settings

from ..ai_summary.text import article_plaintext, trim_words
from .embeddings import EmbeddingStore, openai_embed_sync, text_hash

log = logging.getLogger(__name__)


def _doc(article) -> str:
    summary = article.metadata.get("summary") or ""
    return f"{article.title}\n{summary}\n{trim_words(article_plaintext(article._content), 800)}"


def _cosine_top(vectors: np.ndarray, i: int, k: int) -> list[int]:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    unit = vectors / norms
    sims = unit @ unit[i]
    sims[i] = -1.0
    return list(np.argsort(-sims)[:k])


def _rerank(cfg, query: str, docs: list[str], top_k: int) -> list[int]:
    vo = get_client("voyage", cfg)
    result = vo.rerank(query, docs, model=cfg.voyage_rerank_model, top_k=top_k)
    return [r.index for r in result.results]


def add_related_posts(generator):
    settings = generator.settings
    cfg = llm_settings(settings)
    articles = list(generator.articles)
    if not cfg.enabled or len(articles) < 2:
        return
    k = settings.get("RELATED_POSTS_MAX", 4)
    docs = [_doc(a) for a in articles]
    hashes = [text_hash(d) for d in docs]

    if os.environ.get("VOYAGE_API_KEY"):
        store = EmbeddingStore(Path(cfg.cache_dir) / "embeddings.npz", cfg)
        if not cfg.dry_run:
            store.embed_missing(dict(zip(hashes, docs)))
            store.save()
        if any(h not in store.vectors for h in hashes):
            log.warning("related_posts_ai: missing vectors, skipping")
            return
        matrix = np.stack([store.vectors[h] for h in hashes])
    else:
        matrix = np.asarray(openai_embed_sync(cfg, docs), dtype=np.float32)

    rerank = settings.get("RELATED_POSTS_RERANK", False) and os.environ.get("VOYAGE_API_KEY")
    for i, article in enumerate(articles):
        candidates = _cosine_top(matrix, i, k * 3 if rerank else k)
        if rerank and not cfg.dry_run:
            order = _rerank(cfg, docs[i], [docs[j] for j in candidates], top_k=k)
            candidates = [candidates[j] for j in order]
        article.related_posts = [articles[j] for j in candidates[:k]]
