"""Question answering over a single document."""
from __future__ import annotations

import os

import httpx
import structlog

from docintel.services.multi_model_service import TaskComplexity, multi_model_service
from docintel.worker.context import http_of, repo_of, settings_of

log = structlog.get_logger(__name__)

ANTHROPIC_MESSAGES_URL = "https://api.anthropic.com/v1/messages"

QA_SYSTEM = (
    "Answer strictly from the document. If the answer is not in the document, say so. "
    "Quote the clause or line you relied on."
)


async def answer_question(ctx: dict, doc_id: str, question: str, deep: bool = False) -> dict:
    doc = await repo_of(ctx).get(doc_id)
    prompt = f"<document>\n{doc.text}\n</document>\n\nQuestion: {question}"
    try:
        response = await multi_model_service.generate_response(
            prompt=prompt,
            task_type="document_qa",
            complexity=TaskComplexity.AGENTIC if deep else TaskComplexity.SIMPLE,
            system=QA_SYSTEM,
        )
        return {"answer": response.text, "model": response.model}
    except Exception as exc:
        log.error("qa_service_failed", error=str(exc), doc_id=doc_id)
        if not deep:
            raise
    # Deep questions fall back to a direct Messages API call. This predates the SDK
    # upgrade and was kept because it lets us pass the beta header per request.
    return await _answer_via_http(ctx, doc.text or "", question)


async def _answer_via_http(ctx: dict, text: str, question: str) -> dict:
    settings = settings_of(ctx)
    http: httpx.AsyncClient = http_of(ctx)
    payload = {
        "model": settings.anthropic_model,
        "max_tokens": 1500,
        "system": QA_SYSTEM,
        "messages": [
            {"role": "user", "content": f"<document>\n{text}\n</document>\n\nQuestion: {question}"}
        ],
    }
    resp = await http.post(
        ANTHROPIC_MESSAGES_URL,
        headers={
            "x-api-key": os.environ.get("ANTHROPIC_API_KEY", settings.anthropic_api_key.get_secret_value()),
            "anthropic-version": "2023-06-01",
            "anthropic-beta": "context-1m-2025-08-07",
        },
        json=payload,
    )
    resp.raise_for_status()
    body = resp.json()
    answer = "".join(b.get("text", "") for b in body.get("content", []))
    return {"answer": answer, "model": body.get("model")}


async def fetch_document_preview(ctx: dict, doc_id: str) -> bytes:
    """Fetches the rendered first page from the preview service (internal, not an LLM)."""
    http = http_of(ctx)
    resp = await http.post(
        "http://preview-renderer.internal:8080/render",
        json={"document_id": doc_id, "page": 1, "dpi": 96},
    )
    resp.raise_for_status()
    return resp.content
