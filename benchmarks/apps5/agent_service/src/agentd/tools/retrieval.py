"""Knowledge-base search: embed the query, nearest-neighbour search in pgvector, rerank."""
from __future__ import annotations

import asyncio
import functools
import json
import logging
from typing import Any, Dict, List

from agentd.container import container
from agentd.tools.registry import tool

log = logging.getLogger(__name__)

CANDIDATES = 40
EMBED_DIMENSIONS = 512


def _embed_query(query: str) -> List[float]:
    client = container.openai_client
    embed = functools.partial(
        client.embeddings.create,
        model=container.settings.openai_embedding_model,
        dimensions=EMBED_DIMENSIONS,
    )
    resp = embed(input=[query])
    return resp.data[0].embedding


def _rerank(query: str, docs: List[Dict[str, Any]], top_n: int) -> List[Dict[str, Any]]:
    if len(docs) <= 1:
        return docs
    body = {
        "query": query,
        "documents": [d["text"] for d in docs],
        "top_n": min(top_n, len(docs)),
        "api_version": 2,
    }
    resp = container.bedrock_runtime.invoke_model(
        modelId=container.settings.bedrock_rerank_model_id,
        body=json.dumps(body),
        contentType="application/json",
        accept="application/json",
    )
    ranked = json.loads(resp["body"].read())["results"]
    return [dict(docs[r["index"]], score=r["relevance_score"]) for r in ranked]


@tool(
    "search_knowledge_base",
    description="Search internal documentation and runbooks. Returns the most relevant passages.",
    parameters={
        "type": "object",
        "properties": {
            "query": {"type": "string"},
            "top_k": {"type": "integer", "minimum": 1, "maximum": 20, "default": 5},
            "collection": {"type": "string", "default": "default"},
        },
        "required": ["query"],
    },
    tags=("retrieval",),
)
async def search_knowledge_base(query: str, top_k: int = 5, collection: str = "default") -> List[Dict[str, Any]]:
    vector = await asyncio.to_thread(_embed_query, query)
    candidates = await container.run_store.nearest_passages(collection, vector, limit=CANDIDATES)
    if not candidates:
        return []
    ranked = await asyncio.to_thread(_rerank, query, candidates, top_k)
    log.debug("kb search %r -> %d candidates, %d returned", query, len(candidates), len(ranked[:top_k]))
    return [{"source": d["source"], "text": d["text"], "score": d.get("score")} for d in ranked[:top_k]]
