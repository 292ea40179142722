"""GET /claims/similar?q=... - semantic search over prior claims and policy wording."""
from __future__ import annotations

import json
from http import HTTPStatus
from typing import Any

from aws_lambda_powertools.utilities.typing import LambdaContext

from claims_common.aws_clients import s3vectors
from claims_common.config import settings
from claims_common.embeddings import embed_policy_text, embed_titan
from claims_common.model_callers import MODEL_CALLERS
from claims_common.observability import logger, tracer

INDEXES = {
    "claims": "prior-claims",
    "policy": "policy-clauses",
    "legacy": "prior-claims-titan",
}


def _reply(status: HTTPStatus, body: Any) -> dict[str, Any]:
    return {"statusCode": int(status), "headers": {"Content-Type": "application/json"}, "body": json.dumps(body)}


@tracer.capture_method
def _query_vector(query: str, scope: str) -> list[float]:
    if scope == "policy":
        return embed_policy_text([query], for_query=True)[0]
    if scope == "legacy":
        return embed_titan(query)
    result = MODEL_CALLERS["embed_query"]([query], model="voyage-3.5", input_type="query")
    return result.embeddings[0]


@logger.inject_lambda_context
@tracer.capture_lambda_handler
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    params = event.get("queryStringParameters") or {}
    query = (params.get("q") or "").strip()
    scope = params.get("scope", "claims")
    if not query or scope not in INDEXES:
        return _reply(HTTPStatus.BAD_REQUEST, {"message": "q and a valid scope are required"})

    hits = s3vectors.query_vectors(
        vectorBucketName=settings.vector_bucket,
        indexName=INDEXES[scope],
        queryVector={"float32": _query_vector(query, scope)},
        topK=25,
        returnMetadata=True,
    ).get("vectors", [])
    if not hits:
        return _reply(HTTPStatus.OK, {"results": []})

    documents = [h.get("metadata", {}).get("summary") or h["key"] for h in hits]
    ranked = MODEL_CALLERS["rerank"](
        model="rerank-v3.5",
        query=query,
        documents=documents,
        top_n=min(5, len(documents)),
    )
    results = [
        {"key": hits[r.index]["key"], "text": documents[r.index], "score": round(r.relevance_score, 4)}
        for r in ranked.results
    ]
    return _reply(HTTPStatus.OK, {"results": results})
