"""Search, rerank and grounded-answer endpoints."""

from __future__ import annotations

import logging
import os
from functools import lru_cache

import azure.functions as func

from shared_code.clients import CohereNotConfigured, get_aoai_client, get_async_cohere, get_cohere
from shared_code.repository.vector_store import VectorStore
from shared_code.services.embeddings import embed_fn_for_tenant
from shared_code.services.rag import RagAnswerer
from shared_code.settings import get_settings
from shared_code.utils.http import error_response, json_response, read_json, tenant_from_request

logger = logging.getLogger(__name__)

bp = func.Blueprint()


@lru_cache(maxsize=32)
def _store_for(tenant_id: str) -> VectorStore:
    return VectorStore(
        endpoint=os.environ["SEARCH_ENDPOINT"],
        index_name=os.environ.get("SEARCH_INDEX", "docintel-chunks"),
        api_key=os.environ["SEARCH_API_KEY"],
        embed_fn=embed_fn_for_tenant(tenant_id),
    )


def _reranker_or_none():
    if not get_settings().feature_flags.get("use_cohere_rerank"):
        return None
    try:
        return get_cohere()
    except CohereNotConfigured:
        logger.warning("Rerank flag on but Cohere not configured; continuing without rerank")
        return None


@bp.route(route="search", methods=["GET"], auth_level=func.AuthLevel.FUNCTION)
def search(req: func.HttpRequest) -> func.HttpResponse:
    tenant = tenant_from_request(req)
    query = req.params.get("q", "").strip()
    if not tenant or not query:
        return error_response("tenant and q are required")
    hits = _store_for(tenant).search(tenant, query, top=int(req.params.get("top", "10")))
    return json_response({"results": [{k: v for k, v in h.items() if k != "content_vector"} for h in hits]})


@bp.route(route="answer", methods=["POST"], auth_level=func.AuthLevel.FUNCTION)
def answer(req: func.HttpRequest) -> func.HttpResponse:
    tenant = tenant_from_request(req)
    body = read_json(req)
    question = (body.get("question") or "").strip()
    if not tenant or not question:
        return error_response("tenant and question are required")
    answerer = RagAnswerer(llm=get_aoai_client(), reranker=_reranker_or_none(), store=_store_for(tenant))
    if body.get("stream"):
        text = "".join(answerer.stream_answer(tenant, question))
        return json_response({"answer": text, "streamed": True})
    result = answerer.answer(tenant, question)
    return json_response({"answer": result.text, "sources": result.sources, "usage": result.usage})


@bp.route(route="rerank", methods=["POST"], auth_level=func.AuthLevel.FUNCTION)
def rerank(req: func.HttpRequest) -> func.HttpResponse:
    """Thin proxy used by the SharePoint connector, which does its own retrieval."""
    body = read_json(req)
    query = body.get("query")
    documents = body.get("documents") or []
    if not query or not documents:
        return error_response("query and documents are required")
    if len(documents) > 1000:
        return error_response("at most 1000 documents per request")
    try:
        response = get_cohere().rerank(
            model=get_settings().vendors.cohere_rerank_model,
            query=query,
            documents=[str(d) for d in documents],
            top_n=int(body.get("top_n", 10)),
        )
    except CohereNotConfigured as exc:
        return error_response(str(exc), status_code=503, code="not_configured")
    return json_response(
        {"results": [{"index": r.index, "score": r.relevance_score} for r in response.results]}
    )


@bp.route(route="embed", methods=["POST"], auth_level=func.AuthLevel.FUNCTION)
async def embed(req: func.HttpRequest) -> func.HttpResponse:
    body = read_json(req)
    texts = body.get("texts") or []
    if not texts or not all(isinstance(t, str) for t in texts):
        return error_response("'texts' must be a list of strings")
    input_type = body.get("input_type", "search_query")
    co = get_async_cohere()
    result = await co.embed(
        model=get_settings().vendors.cohere_embed_model,
        input_type=input_type,
        texts=texts[:96],
        embedding_types=["float"],
    )
    return json_response({"embeddings": result.embeddings.float_, "model": get_settings().vendors.cohere_embed_model})
