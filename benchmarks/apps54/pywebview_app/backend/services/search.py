"""Semantic search over notes: cosine on embeddings, then Cohere rerank."""
from __future__ import annotations

import logging
from typing import Any

from backend.llm import get_cohere_client
from backend.services.embeddings import EmbeddingService, cosine, note_text
from backend.services.note_store import NoteStore
from backend.settings import load_settings

log = logging.getLogger(__name__)


class SearchService:
    def __init__(self, store: NoteStore, embeddings: EmbeddingService, use_rerank: bool = True) -> None:
        self.store = store
        self.embeddings = embeddings
        self.use_rerank = use_rerank

    def _candidates(self, query: str, k: int) -> list[tuple[float, str]]:
        qv = self.embeddings.embed_query(query)
        vecs = self.store.embeddings(self.embeddings.model)
        scored = sorted(((cosine(qv, v), nid) for nid, v in vecs.items()), reverse=True)
        return scored[:k]

    def search(self, query: str, top_k: int = 6) -> list[dict[str, Any]]:
        candidates = self._candidates(query, k=max(top_k * 4, 20))
        notes = [self.store.get(nid) for _, nid in candidates]
        notes = [n for n in notes if n is not None]
        if not notes:
            return []
        if not self.use_rerank or len(notes) <= top_k:
            return [{"note": n.to_dict(), "score": s} for (s, _), n in zip(candidates, notes)][:top_k]
        return self.rerank(query, notes, top_k)

    def rerank(self, query: str, notes, top_k: int) -> list[dict[str, Any]]:
        co = get_cohere_client()
        result = co.rerank(
            model=load_settings().rerank_model,
            query=query,
            documents=[note_text(n) for n in notes],
            top_n=top_k,
        )
        return [
            {"note": notes[r.index].to_dict(), "score": r.relevance_score}
            for r in result.results
        ]

    def keyword(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        q = query.lower()
        hits = [n for n in self.store.all() if q in n.title.lower() or q in n.body.lower()]
        return [{"note": n.to_dict(), "score": 1.0} for n in hits[:limit]]
