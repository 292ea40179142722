"""Semantic search over journal entries: embed, then rerank with Cohere."""
from __future__ import annotations

import logging

from extras.models import JournalEntry
from netbox.plugins import get_plugin_config

from ..llm import embeddings
from ..llm.clients import get_cohere_client
from ..models import JournalEmbedding

logger = logging.getLogger("netbox.plugins.netbox_ai_assist.search")


class JournalSearch:
    def __init__(self, provider: str = "cohere", reranker=None):
        self.provider = provider
        self.reranker = reranker or get_cohere_client()
        self.rerank_model = get_plugin_config("netbox_ai_assist", "cohere_rerank_model")

    def _query_vector(self, query: str) -> list[float]:
        if self.provider == "cohere":
            return embeddings.embed_cohere([query], input_type="search_query")[0]
        return embeddings.embed([query], provider=self.provider)[0]

    def search(self, query: str, limit: int = 10) -> list[JournalEntry]:
        qvec = self._query_vector(query)
        scored = []
        for row in JournalEmbedding.objects.filter(provider=self.provider, flagged=False).select_related("journal_entry"):
            scored.append((embeddings.cosine(qvec, row.vector), row.journal_entry))
        scored.sort(key=lambda pair: pair[0], reverse=True)
        candidates = [entry for _, entry in scored[: limit * 4]]
        if not candidates:
            return []
        reranked = self.reranker.rerank(
            model=self.rerank_model,
            query=query,
            documents=[c.comments for c in candidates],
            top_n=limit,
        )
        return [candidates[r.index] for r in reranked.results]


def index_entries(entries, provider: str = "cohere", batch_size: int = 48) -> int:
    entries = list(entries)
    count = 0
    for start in range(0, len(entries), batch_size):
        batch = entries[start:start + batch_size]
        vectors = embeddings.embed([e.comments for e in batch], provider=provider)
        for entry, vector in zip(batch, vectors):
            JournalEmbedding.objects.update_or_create(
                journal_entry=entry, defaults={"provider": provider, "vector": vector}
            )
            count += 1
    return count
