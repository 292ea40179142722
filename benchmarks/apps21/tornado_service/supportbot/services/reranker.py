"""Cohere rerank over KB candidates."""
import logging

log = logging.getLogger(__name__)


async def rerank_passages(co, query, passages, model="rerank-v3.5", top_n=5):
    if not passages:
        return []
    response = await co.rerank(
        model=model,
        query=query,
        documents=[p["text"] for p in passages],
        top_n=min(top_n, len(passages)),
    )
    ranked = []
    for r in response.results:
        item = dict(passages[r.index])
        item["score"] = r.relevance_score
        ranked.append(item)
    return ranked


class Reranker:
    """Stateful variant used by the search handler (keeps threshold config)."""

    def __init__(self, client, model="rerank-v3.5", min_score=0.15):
        self.client = client
        self.model = model
        self.min_score = min_score

    async def __call__(self, query, passages, top_n=5):
        ranked = await rerank_passages(self.client, query, passages, self.model, top_n)
        return [p for p in ranked if p["score"] >= self.min_score]
