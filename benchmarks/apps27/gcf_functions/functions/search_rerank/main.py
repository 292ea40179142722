"""HTTP function: semantic destination search for the site's search box.

GET /search_rerank?q=quiet+beach+with+kids&locale=de-DE&n=8
"""
from __future__ import annotations

import logging

import cohere
import flask
import functions_framework
from google.cloud import firestore
from google.cloud.firestore_v1.base_vector_query import DistanceMeasure
from google.cloud.firestore_v1.vector import Vector

from common import get_cohere_client, get_settings
from common.firestore_store import db

from ranking import Candidate, Reranker, keyword_fallback

log = logging.getLogger("search_rerank")

_reranker: Reranker | None = None


def reranker() -> Reranker:
    global _reranker
    if _reranker is None:
        _reranker = Reranker(get_cohere_client(), get_settings().cohere_rerank_model)
    return _reranker


def embed_query(query: str) -> list[float]:
    co = get_cohere_client()
    resp = co.embed(
        texts=[query],
        model=get_settings().cohere_embed_model,
        input_type="search_query",
        embedding_types=["float"],
    )
    return resp.embeddings.float_[0]


def vector_candidates(vec: list[float], locale: str, limit: int = 40) -> list[Candidate]:
    coll = db().collection("destinations")
    q = coll.where(filter=firestore.FieldFilter("locale", "==", locale)).find_nearest(
        vector_field="embedding_cohere",
        query_vector=Vector(vec),
        distance_measure=DistanceMeasure.COSINE,
        limit=limit,
    )
    return [
        Candidate(id=s.id, title=s.get("title"), snippet=s.get("snippet") or "")
        for s in q.stream()
    ]


@functions_framework.http
def search_rerank(request: flask.Request):
    query = (request.args.get("q") or "").strip()
    if len(query) < 2:
        return flask.jsonify({"results": []})
    locale = request.args.get("locale", "en-GB")
    n = min(int(request.args.get("n", 8)), 25)

    candidates = vector_candidates(embed_query(query), locale)
    try:
        ranked = reranker().rerank(query, candidates, top_n=n)
    except cohere.errors.TooManyRequestsError:
        log.warning("cohere rate limited, keyword fallback")
        ranked = keyword_fallback(query, candidates, n)

    resp = flask.jsonify({
        "query": query,
        "results": [{"id": c.id, "title": c.title, "score": round(c.score, 4)} for c in ranked],
    })
    resp.headers["Cache-Control"] = "public, max-age=300"
    return resp
