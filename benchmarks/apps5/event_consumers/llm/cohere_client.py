from __future__ import annotations

from functools import lru_cache
from typing import List, Sequence, Tuple

import cohere

from core.settings import settings


@lru_cache(maxsize=None)
def get_cohere() -> cohere.ClientV2:
    return cohere.ClientV2(api_key=settings.cohere.api_key, timeout=30)


co = get_cohere()


def rerank_documents(query: str, documents: Sequence[str], top_n: int = 5) -> List[Tuple[int, float]]:
    if not documents:
        return []
    result = co.rerank(
        model=settings.cohere.rerank_model,
        query=query,
        documents=list(documents),
        top_n=min(top_n, len(documents)),
    )
    return [(r.index, r.relevance_score) for r in result.results]
