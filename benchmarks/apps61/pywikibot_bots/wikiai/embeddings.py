"""Near-duplicate detection with Voyage embeddings."""
from __future__ import annotations

import logging
import math
from dataclasses import dataclass

from wikiai.cache import ResponseCache
from wikiai.wikitext import plain_text

log = logging.getLogger(__name__)


@dataclass
class DuplicateCandidate:
    title: str
    other: str
    score: float


def cosine(a, b) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) *
                  math.sqrt(sum(y * y for y in b)) or 1.0)


class DuplicateDetector:
    """Embeds lead sections and reports pairs above a threshold.

    ``vo`` is a voyageai.Client (or AsyncClient for ``embed_async``).
    """

    def __init__(self, vo, model: str = 'voyage-3.5',
                 threshold: float = 0.92,
                 cache: ResponseCache | None = None) -> None:
        self.vo = vo
        self.model = model
        self.threshold = threshold
        self.cache = cache
        self.vectors: dict[str, list[float]] = {}

    def token_budget(self, texts: list[str]) -> int:
        return self.vo.count_tokens(texts, model=self.model)

    def add_pages(self, pages, batch_size: int = 64) -> None:
        batch_titles, batch_texts = [], []
        for page in pages:
            key = f'emb:{self.model}:{page.latest_revision_id}'
            if self.cache and (hit := self.cache.get_json(key)):
                self.vectors[page.title()] = hit
                continue
            batch_titles.append(page.title())
            batch_texts.append(plain_text(page.text, limit=6000))
            if len(batch_texts) >= batch_size:
                self._flush(batch_titles, batch_texts)
                batch_titles, batch_texts = [], []
        if batch_texts:
            self._flush(batch_titles, batch_texts)

    def _flush(self, titles: list[str], texts: list[str]) -> None:
        result = self.vo.embed(texts, model=self.model,
                               input_type='document', truncation=True)
        log.info('embedded %d pages (%d tokens)', len(texts),
                 result.total_tokens)
        for title, vec in zip(titles, result.embeddings):
            self.vectors[title] = vec

    async def embed_async(self, texts: list[str]) -> list[list[float]]:
        result = await self.vo.embed(texts, model=self.model,
                                     input_type='document')
        return result.embeddings

    def candidates(self) -> list[DuplicateCandidate]:
        titles = sorted(self.vectors)
        found = []
        for i, a in enumerate(titles):
            for b in titles[i + 1:]:
                score = cosine(self.vectors[a], self.vectors[b])
                if score >= self.threshold:
                    found.append(DuplicateCandidate(a, b, score))
        return sorted(found, key=lambda c: -c.score)

    def closest_to(self, query: str, documents: dict[str, str],
                   top_k: int = 5) -> list[tuple[str, float]]:
        """Rerank *documents* (title -> text) against *query*."""
        titles = list(documents)
        reranking = self.vo.rerank(query, [documents[t] for t in titles],
                                   model='rerank-2.5', top_k=top_k)
        return [(titles[r.index], r.relevance_score)
                for r in reranking.results]
