"""Semantic search over listings: Voyage embeddings in pgvector + Voyage rerank.

Query understanding (turning "3 bed near downtown under 600k with a yard" into
filters) runs on Claude via Bedrock because that's where our AWS credits are.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass

from django.apps import apps
from django.db import connection

from core.llm import get_bedrock, openai_client
from homestead.llm_factory import model_for

logger = logging.getLogger(__name__)

VECTOR_TABLE = "search_listing_vector"
MAX_BATCH_TOKENS = 120_000


def _voyage():
    return apps.get_app_config("search").voyage


def _config():
    return apps.get_app_config("search")


@dataclass
class SearchHit:
    listing_id: int
    score: float
    snippet: str = ""


def upsert_listing_vector(listing_id: int, vector: list[float]) -> None:
    with connection.cursor() as cur:
        cur.execute(
            f"INSERT INTO {VECTOR_TABLE} (listing_id, embedding, updated_at) VALUES (%s, %s::vector, now()) "
            "ON CONFLICT (listing_id) DO UPDATE SET embedding = EXCLUDED.embedding, updated_at = now()",
            [listing_id, json.dumps(vector)],
        )


def nearest_listings(vector: list[float], *, limit: int = 50, city: str | None = None) -> list[SearchHit]:
    sql = (
        f"SELECT v.listing_id, 1 - (v.embedding <=> %s::vector) AS score, l.description "
        f"FROM {VECTOR_TABLE} v JOIN listings_listing l ON l.id = v.listing_id "
        "WHERE l.status = 'active'"
    )
    params: list = [json.dumps(vector)]
    if city:
        sql += " AND lower(l.city) = lower(%s)"
        params.append(city)
    sql += " ORDER BY v.embedding <=> %s::vector LIMIT %s"
    params += [json.dumps(vector), limit]
    with connection.cursor() as cur:
        cur.execute(sql, params)
        return [SearchHit(listing_id=r[0], score=float(r[1]), snippet=(r[2] or "")[:400]) for r in cur.fetchall()]


def batch_for_embedding(texts: list[str]) -> list[list[str]]:
    """Split texts so each batch stays under Voyage's per-request token limit."""
    batches: list[list[str]] = []
    current: list[str] = []
    for text in texts:
        candidate = current + [text]
        if current and _voyage().count_tokens(candidate, model=_config().embedding_model) > MAX_BATCH_TOKENS:
            batches.append(current)
            current = [text]
        else:
            current = candidate
    if current:
        batches.append(current)
    return batches


def embed_documents(texts: list[str]) -> list[list[float]]:
    vectors: list[list[float]] = []
    for batch in batch_for_embedding(texts):
        result = _voyage().embed(batch, model=_config().embedding_model, input_type="document")
        vectors.extend(result.embeddings)
    return vectors


def embed_query(query: str) -> list[float]:
    try:
        return _voyage().embed([query], model=_config().embedding_model, input_type="query").embeddings[0]
    except Exception:  # noqa: BLE001
        logger.exception("voyage embed failed; falling back to OpenAI embeddings")
        resp = openai_client().embeddings.create(
            model="text-embedding-3-large", input=query, dimensions=1024
        )
        return resp.data[0].embedding


async def embed_query_async(query: str) -> list[float]:
    result = await _config().voyage_async.embed([query], model=_config().embedding_model, input_type="query")
    return result.embeddings[0]


def rerank(query: str, hits: list[SearchHit], top_k: int = 10) -> list[SearchHit]:
    if not hits:
        return []
    reranked = _voyage().rerank(query, [h.snippet for h in hits], model=_config().rerank_model, top_k=top_k)
    return [
        SearchHit(listing_id=hits[r.index].listing_id, score=r.relevance_score, snippet=hits[r.index].snippet)
        for r in reranked.results
    ]


async def rerank_async(query: str, hits: list[SearchHit], top_k: int = 10) -> list[SearchHit]:
    if not hits:
        return []
    reranked = await _config().voyage_async.rerank(
        query=query, documents=[h.snippet for h in hits], model=_config().rerank_model, top_k=top_k
    )
    return [SearchHit(hits[r.index].listing_id, r.relevance_score, hits[r.index].snippet) for r in reranked.results]


QUERY_PARSE_PROMPT = """Extract search filters from the home-buyer's request.
Return only JSON with keys: city (string|null), min_price, max_price, bedrooms (int|null),
property_type (house|condo|townhouse|land|multi_family|null), must_have (list of strings), free_text (string).

Request: {query}"""


def parse_query(query: str) -> dict:
    body = {
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": 300,
        "temperature": 0,
        "messages": [{"role": "user", "content": QUERY_PARSE_PROMPT.format(query=query)}],
    }
    response = get_bedrock().invoke_model(
        modelId=model_for("inquiry_triage"),
        body=json.dumps(body),
        contentType="application/json",
        accept="application/json",
    )
    payload = json.loads(response["body"].read())
    try:
        return json.loads(payload["content"][0]["text"])
    except (KeyError, IndexError, json.JSONDecodeError):
        logger.warning("could not parse query filters for %r", query)
        return {"free_text": query}
