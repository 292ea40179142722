"""Help-center retrieval: dense search over article embeddings, then Cohere rerank."""
from __future__ import annotations

import json
import logging
import math
from pathlib import Path
from typing import Iterable, List, Optional, Sequence

from bot.config import get_settings
from bot.llm.azure import embedding_deployment, get_azure_client
from bot.models import FaqDoc, SearchHit

try:
    import cohere
except ImportError:
    cohere = None

log = logging.getLogger(__name__)

INDEX_PATH = Path("data/faq_index.json")


def _cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class FaqIndex:
    def __init__(self, docs: Optional[List[FaqDoc]] = None, embedder=None) -> None:
        settings = get_settings()
        self.docs: List[FaqDoc] = docs or []
        self._embedder = embedder or get_azure_client()
        self._deployment = embedding_deployment()
        self._rerank_model = settings.rerank_model
        self._co = cohere.ClientV2(api_key=settings.cohere_api_key) if cohere and settings.cohere_api_key else None

    # -- persistence -------------------------------------------------------------------

    @classmethod
    def load(cls, path: Path = INDEX_PATH) -> "FaqIndex":
        if not path.exists():
            log.warning("no FAQ index at %s; search will return nothing", path)
            return cls([])
        raw = json.loads(path.read_text())
        return cls([FaqDoc(**d) for d in raw["docs"]])

    def save(self, path: Path = INDEX_PATH) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"docs": [d.__dict__ for d in self.docs]}))

    # -- embedding ---------------------------------------------------------------------

    def embed_texts(self, texts: List[str]) -> List[List[float]]:
        response = self._embedder.embeddings.create(model=self._deployment, input=texts)
        return [item.embedding for item in sorted(response.data, key=lambda d: d.index)]

    def add_documents(self, docs: Iterable[FaqDoc], batch_size: int = 64) -> int:
        pending = [d for d in docs if d.embedding is None]
        for start in range(0, len(pending), batch_size):
            batch = pending[start : start + batch_size]
            vectors = self.embed_texts([d.text_for_embedding() for d in batch])
            for doc, vec in zip(batch, vectors):
                doc.embedding = vec
        self.docs.extend(pending)
        return len(pending)

    # -- search ------------------------------------------------------------------------

    def search(self, query: str, top_k: int = 4, candidates: int = 25) -> List[SearchHit]:
        if not self.docs:
            return []
        qvec = self.embed_texts([query])[0]
        scored = sorted(
            (SearchHit(doc=d, score=_cosine(qvec, d.embedding or [])) for d in self.docs),
            key=lambda h: h.score,
            reverse=True,
        )[:candidates]
        if self._co is None or len(scored) <= top_k:
            return scored[:top_k]
        return self._rerank(query, scored, top_k)

    def _rerank(self, query: str, hits: List[SearchHit], top_k: int) -> List[SearchHit]:
        try:
            reranked = self._co.rerank(
                model=self._rerank_model,
                query=query,
                documents=[h.doc.text_for_embedding()[:4000] for h in hits],
                top_n=top_k,
            )
        except Exception:
            log.warning("rerank failed, using vector order", exc_info=True)
            return hits[:top_k]
        return [SearchHit(doc=hits[r.index].doc, score=r.relevance_score) for r in reranked.results]


_index: Optional[FaqIndex] = None


def get_faq_index() -> FaqIndex:
    global _index
    if _index is None:
        _index = FaqIndex.load()
    return _index
