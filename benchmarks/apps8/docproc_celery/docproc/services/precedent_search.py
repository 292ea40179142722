"""Rank the firm's precedent bank (model clauses) against a draft clause.

The precedent bank is small (~3k clauses) and lives in S3 as JSON, so it is
reranked directly instead of going through pgvector.
"""
import asyncio
import json
import os
from typing import List, Tuple

import voyageai

from docproc.utils.storage import artifact_stream

PRECEDENT_KEY = "precedents/clause-bank.json"
RERANK_MODEL = os.environ.get("PRECEDENT_RERANK_MODEL", "rerank-2")

_bank_cache: List[dict] = []


def _load_bank() -> List[dict]:
    if not _bank_cache:
        _bank_cache.extend(json.load(artifact_stream(PRECEDENT_KEY)))
    return _bank_cache


async def best_precedents(draft_clause: str, category: str, top_k: int = 5) -> List[Tuple[dict, float]]:
    bank = [p for p in _load_bank() if p.get("category") == category]
    if not bank:
        return []
    vo = voyageai.AsyncClient(api_key=os.environ.get("VOYAGE_API_KEY"))
    result = await vo.rerank(
        query=draft_clause,
        documents=[p["text"] for p in bank],
        model=RERANK_MODEL,
        top_k=top_k,
    )
    return [(bank[r.index], r.relevance_score) for r in result.results]


def best_precedents_sync(draft_clause: str, category: str, top_k: int = 5):
    return asyncio.run(best_precedents(draft_clause, category, top_k))
