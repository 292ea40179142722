from __future__ import annotations

from dataclasses import dataclass
from typing import List, Sequence

from app.logging_config import get_logger

log = get_logger(__name__)


@dataclass
class Ranked:
    index: int
    score: float


class RerankService:
    """Cohere rerank over the vector-search candidates."""

    def __init__(self, client, model: str = "rerank-v3.5"):
        self._co = client
        self._model = model

    async def rerank(self, query: str, documents: Sequence[str], top_n: int = 5) -> List[Ranked]:
        if not documents:
            return []
        response = await self._co.rerank(
            model=self._model,
            query=query,
            documents=list(documents),
            top_n=min(top_n, len(documents)),
        )
        ranked = [Ranked(index=r.index, score=r.relevance_score) for r in response.results]
        log.debug("reranked", candidates=len(documents), returned=len(ranked))
        return ranked
