"""Semantic search over the user's notes."""
from __future__ import annotations

import logging

import numpy as np

from research_assistant.providers.cohere_embed import CohereEmbedder
from research_assistant.providers.factory import get_cohere_client
from research_assistant.providers.openai_provider import embed_texts
from research_assistant.notes_store import NotesStore

log = logging.getLogger(__name__)


class NotesIndex:
    def __init__(self, store: NotesStore, embedder: CohereEmbedder | None = None, backend: str = "cohere"):
        self.store = store
        self.embedder = embedder or CohereEmbedder()
        self.backend = backend
        self._matrix: np.ndarray | None = None
        self._ids: list[int] = []

    def _embed_docs(self, texts: list[str]) -> list[list[float]]:
        if self.backend == "openai":
            return embed_texts(texts)
        return self.embedder.embed_documents(texts)

    def rebuild(self) -> int:
        notes = self.store.all_notes()
        if not notes:
            self._matrix, self._ids = None, []
            return 0
        vectors = self._embed_docs([n.body for n in notes])
        self._matrix = np.asarray(vectors, dtype=np.float32)
        self._matrix /= np.linalg.norm(self._matrix, axis=1, keepdims=True) + 1e-9
        self._ids = [n.id for n in notes]
        for note, vec in zip(notes, vectors):
            self.store.save_vector(note.id, vec)
        return len(notes)

    def search(self, query: str, k: int = 8, rerank: bool = True) -> list[dict]:
        if self._matrix is None:
            self.rebuild()
        if self._matrix is None:
            return []
        q = np.asarray(self.embedder.embed_query(query), dtype=np.float32)
        q /= np.linalg.norm(q) + 1e-9
        scores = self._matrix @ q
        top = np.argsort(-scores)[: k * 2]
        hits = [
            {"id": self._ids[i], "score": float(scores[i]), "body": self.store.get(self._ids[i]).body}
            for i in top
        ]
        if rerank and len(hits) > 1:
            hits = self._rerank(query, hits)[:k]
        return hits[:k]

    def _rerank(self, query: str, hits: list[dict]) -> list[dict]:
        co = get_cohere_client()
        result = co.rerank(
            model="rerank-english-v3.0",
            query=query,
            documents=[h["body"] for h in hits],
            top_n=len(hits),
        )
        return [dict(hits[r.index], score=r.relevance_score) for r in result.results]

    # --- warm start ---------------------------------------------------------

    def load_cached(self) -> int:
        """Load vectors already stored in sqlite instead of re-embedding everything."""
        import json

        rows = self.store.conn.execute(
            "SELECT id, vector FROM notes WHERE vector IS NOT NULL ORDER BY created"
        ).fetchall()
        if not rows:
            return 0
        self._ids = [r[0] for r in rows]
        mat = np.asarray([json.loads(r[1]) for r in rows], dtype=np.float32)
        mat /= np.linalg.norm(mat, axis=1, keepdims=True) + 1e-9
        self._matrix = mat
        return len(rows)

    def update_stale(self) -> int:
        """Embed only notes that have no stored vector, then reload."""
        stale = self.store.stale_vectors()
        if not stale:
            return 0
        notes = [self.store.get(i) for i in stale]
        vectors = self._embed_docs([n.body for n in notes])
        for note, vec in zip(notes, vectors):
            self.store.save_vector(note.id, vec)
        self.load_cached()
        return len(stale)

    def similar_to(self, note_id: int, k: int = 5) -> list[dict]:
        if self._matrix is None or note_id not in self._ids:
            return []
        row = self._matrix[self._ids.index(note_id)]
        scores = self._matrix @ row
        order = [i for i in np.argsort(-scores) if self._ids[i] != note_id][:k]
        return [{"id": self._ids[i], "score": float(scores[i])} for i in order]
