import logging

from chalice import BadRequestError, Blueprint

from chalicelib import cohere_client
from chalicelib.clients import get_perplexity_client
from chalicelib.config import settings
from chalicelib.services import rag
from chalicelib.utils import json_body

logger = logging.getLogger(__name__)

search_bp = Blueprint(__name__)


@search_bp.route("/ask", methods=["POST"], cors=True)
def ask_web():
    body = json_body(search_bp.current_request)
    question = body.get("question")
    if not question:
        raise BadRequestError("question is required")
    pplx = get_perplexity_client()
    resp = pplx.chat.completions.create(
        model=body.get("model", "sonar"),
        messages=[
            {"role": "system", "content": "Be concise and cite sources."},
            {"role": "user", "content": question},
        ],
        extra_body={"search_recency_filter": body.get("recency", "month")},
    )
    return {
        "answer": resp.choices[0].message.content,
        "citations": getattr(resp, "citations", []),
    }


@search_bp.route("/kb", methods=["POST"], cors=True)
def ask_kb():
    body = json_body(search_bp.current_request)
    return rag.answer_from_kb(body["question"], session_id=body.get("session_id"))


@search_bp.route("/rerank", methods=["POST"], cors=True)
def rerank():
    body = json_body(search_bp.current_request)
    docs = body.get("documents") or []
    if not docs:
        return {"results": []}
    resp = cohere_client.rerank(
        model=settings.cohere_rerank_model,
        query=body["query"],
        documents=docs,
        top_n=min(int(body.get("top_n", 5)), len(docs)),
    )
    return {
        "results": [
            {"index": r.index, "score": r.relevance_score, "document": docs[r.index]}
            for r in resp.results
        ]
    }
