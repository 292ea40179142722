"""Tools exposed to the triage agent, and their local implementations."""
from __future__ import annotations

import logging
import re
from typing import Any, Callable

from claims_common.config import settings
from claims_common.deps import Deps

logger = logging.getLogger(__name__)

TOOL_SPECS: list[dict[str, Any]] = [
    {
        "name": "lookup_policy",
        "description": "Fetch the current policy record for a policy number.",
        "input_schema": {
            "type": "object",
            "properties": {"policy_number": {"type": "string"}},
            "required": ["policy_number"],
        },
    },
    {
        "name": "search_prior_claims",
        "description": "Find prior claims with a similar loss description.",
        "input_schema": {
            "type": "object",
            "properties": {
                "description": {"type": "string"},
                "limit": {"type": "integer", "minimum": 1, "maximum": 10},
            },
            "required": ["description"],
        },
    },
    {
        "name": "find_coverage_clauses",
        "description": "Return the policy clauses most relevant to a coverage question.",
        "input_schema": {
            "type": "object",
            "properties": {
                "policy_number": {"type": "string"},
                "question": {"type": "string"},
            },
            "required": ["policy_number", "question"],
        },
    },
]

_CLAUSE_SPLIT = re.compile(r"\n(?=\d+(?:\.\d+)*\s)")


class ToolError(Exception):
    pass


def lookup_policy(args: dict[str, Any], deps: Deps) -> dict[str, Any]:
    resp = deps.claims_table.get_item(
        Key={"pk": f"POLICY#{args['policy_number']}", "sk": "CURRENT"}
    )
    item = resp.get("Item")
    if not item:
        raise ToolError(f"policy {args['policy_number']} not found")
    return {k: item[k] for k in ("policy_number", "product", "status", "sum_insured", "excess") if k in item}


def search_prior_claims(args: dict[str, Any], deps: Deps) -> list[dict[str, Any]]:
    result = deps.voyage.embed(
        [args["description"]], model="voyage-3.5", input_type="query"
    )
    hits = deps.s3vectors.query_vectors(
        vectorBucketName=settings.vector_bucket,
        indexName="prior-claims",
        queryVector={"float32": result.embeddings[0]},
        topK=int(args.get("limit", 5)),
        returnMetadata=True,
        returnDistance=True,
    )
    return [
        {
            "claim_id": hit["key"],
            "distance": hit.get("distance"),
            "outcome": hit.get("metadata", {}).get("outcome"),
            "summary": hit.get("metadata", {}).get("summary"),
        }
        for hit in hits.get("vectors", [])
    ]


def find_coverage_clauses(args: dict[str, Any], deps: Deps) -> list[dict[str, Any]]:
    obj = deps.s3.get_object(
        Bucket=settings.claims_bucket, Key=f"policies/{args['policy_number']}/wording.txt"
    )
    clauses = [c.strip() for c in _CLAUSE_SPLIT.split(obj["Body"].read().decode("utf-8")) if c.strip()]
    if not clauses:
        return []
    ranked = deps.cohere.rerank(
        model="rerank-v3.5",
        query=args["question"],
        documents=clauses,
        top_n=min(3, len(clauses)),
    )
    return [
        {"clause": clauses[r.index], "relevance": round(r.relevance_score, 3)}
        for r in ranked.results
    ]


_HANDLERS: dict[str, Callable[[dict[str, Any], Deps], Any]] = {
    "lookup_policy": lookup_policy,
    "search_prior_claims": search_prior_claims,
    "find_coverage_clauses": find_coverage_clauses,
}


def dispatch_tool(name: str, args: dict[str, Any], deps: Deps) -> dict[str, Any]:
    handler = _HANDLERS.get(name)
    if handler is None:
        return {"error": f"unknown tool {name}"}
    try:
        return {"result": handler(args, deps)}
    except ToolError as exc:
        return {"error": str(exc)}
    except Exception:  # noqa: BLE001 - surface tool failures to the model
        logger.exception("tool %s failed", name)
        return {"error": f"{name} failed"}
