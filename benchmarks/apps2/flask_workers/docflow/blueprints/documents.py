"""Public document API."""
from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterator

from flask import Blueprint, Response, abort, g, jsonify, request, stream_with_context
from google.genai import types

from docflow.extensions import db
from docflow.integrations import upload_document
from docflow.models import AuditEvent, Document, Tenant
from docflow.providers import get_provider
from docflow.services import TaskComplexity, chat, multi_model_service
from docflow.services.analysis import summarize_document
from docflow.services.search import hybrid_search
from docflow.utils import completion

logger = logging.getLogger(__name__)

bp = Blueprint("documents", __name__, url_prefix="/api/documents")

gemini = get_provider("google")


@bp.before_request
def _authenticate() -> None:
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        abort(401)
    token_hash = hashlib.sha256(header.removeprefix("Bearer ").encode()).hexdigest()
    tenant = Tenant.query.filter_by(api_token_hash=token_hash).first()
    if tenant is None:
        abort(401)
    g.tenant = tenant


def _document_or_404(doc_id: int) -> Document:
    document = db.session.get(Document, doc_id)
    if document is None or document.tenant_id != g.tenant.id:
        abort(404)
    return document


@bp.post("")
def upload() -> tuple[Response, int]:
    from docflow.workers.tasks import process_document

    file = request.files.get("file")
    if file is None or not file.filename:
        abort(400, description="missing file")
    key = upload_document(g.tenant.id, file.filename, file.stream)
    document = Document.create(
        tenant_id=g.tenant.id,
        filename=file.filename,
        mime_type=file.mimetype or "application/pdf",
        s3_key=key,
    )
    AuditEvent.create(
        tenant_id=g.tenant.id,
        actor=request.headers.get("X-Actor", "api"),
        action="document.uploaded",
        payload={"document_id": document.id, "filename": file.filename},
    )
    process_document.delay(document.id)
    return jsonify(id=document.id, status=document.status), 202


@bp.get("/<int:doc_id>")
def get_document(doc_id: int) -> Response:
    document = _document_or_404(doc_id)
    return jsonify(
        id=document.id,
        filename=document.filename,
        title=document.title,
        status=document.status,
        doc_type=document.doc_type,
        progress=completion(document.pages_done, document.page_count),
        summary=document.summary,
        fields=document.fields,
    )


@bp.post("/<int:doc_id>/summary")
def summarise(doc_id: int) -> Response:
    document = _document_or_404(doc_id)
    if not document.text:
        abort(409, description="document text not extracted yet")
    document.update(summary=summarize_document(document, max_words=int(request.args.get("words", 200))))
    return jsonify(id=document.id, summary=document.summary)


@bp.post("/<int:doc_id>/questions")
def suggest_questions(doc_id: int) -> Response:
    """Suggest follow-up questions a reviewer might ask about the document."""
    document = _document_or_404(doc_id)
    response = gemini.client.models.generate_content(
        model=gemini.model,
        contents=(
            "List five short questions an accounts-payable reviewer would ask about this "
            f"document, as a JSON array of strings.\n\n{(document.text or '')[:20000]}"
        ),
        config=types.GenerateContentConfig(response_mime_type="application/json", temperature=0.4),
    )
    try:
        questions = json.loads(response.text or "[]")
    except json.JSONDecodeError:
        questions = []
    return jsonify(questions=questions[:5])


@bp.post("/<int:doc_id>/ask")
def ask(doc_id: int) -> Response:
    document = _document_or_404(doc_id)
    question = (request.get_json(silent=True) or {}).get("question", "").strip()
    if not question:
        abort(400, description="question is required")
    claude = get_provider("anthropic")
    prompt = f"<document>\n{(document.text or '')[:100000]}\n</document>\n\nQuestion: {question}"

    def generate() -> Iterator[str]:
        for piece in claude.stream_complete(prompt, system="Answer only from the document. Cite page numbers."):
            yield piece

    return Response(stream_with_context(generate()), mimetype="text/plain")


@bp.post("/<int:doc_id>/explain")
async def explain(doc_id: int) -> Response:
    document = _document_or_404(doc_id)
    explanation = await multi_model_service.generate_response(
        prompt=f"Explain the key obligations in this document in plain language:\n\n{(document.text or '')[:30000]}",
        task_type="document_explain",
        complexity=TaskComplexity.STANDARD,
        tenant_id=g.tenant.id,
    )
    return jsonify(id=document.id, explanation=explanation)


@bp.post("/assistant")
async def assistant() -> Response:
    message = (request.get_json(silent=True) or {}).get("message", "")
    if not message:
        abort(400, description="message is required")
    reply = await chat(message, tenant_id=g.tenant.id)
    return jsonify(reply=reply)


@bp.get("/search")
def search() -> Response:
    query = request.args.get("q", "").strip()
    if not query:
        return jsonify(results=[])
    hits = hybrid_search(g.tenant.id, query, top_k=int(request.args.get("k", 8)))
    return jsonify(
        results=[
            {"document_id": chunk.document_id, "ordinal": chunk.ordinal, "score": score, "text": chunk.text[:500]}
            for chunk, score in hits
        ]
    )
