import asyncio
import json
import logging

from flask import Blueprint, Response, abort, jsonify, request, stream_with_context

from docintel.core.clients import azure_client, bedrock_runtime
from docintel.core.db import session_scope
from docintel.core.settings import settings
from docintel.models import Document, ExtractionResult
from docintel.services import azure_rest
from docintel.services.multi_model_service import TaskComplexity, multi_model_service
from docintel.services.retrieval import retrieve
from docintel.tasks.extract_invoice import INVOICE_TOOL
from docintel.tasks.ingest import start_pipeline

log = logging.getLogger(__name__)

bp = Blueprint("admin", __name__, url_prefix="/admin")

PLAYGROUND_MODELS = {
    "sonnet": settings.bedrock_sonnet_model,
    "haiku": settings.bedrock_haiku_model,
}


def _get_doc_or_404(session, document_id):
    doc = session.get(Document, document_id)
    if doc is None:
        abort(404)
    return doc


@bp.get("/documents/<document_id>")
def document_detail(document_id):
    with session_scope() as session:
        doc = _get_doc_or_404(session, document_id)
        return jsonify({
            "id": doc.id,
            "filename": doc.filename,
            "doc_type": doc.doc_type.value,
            "status": doc.status.value,
            "pages": doc.page_count,
            "extractions": [
                {"schema": e.schema_name, "model": e.model, "fields": e.fields, "confidence": e.confidence}
                for e in doc.extractions
            ],
        })


@bp.post("/documents/<document_id>/rerun")
def rerun(document_id):
    result = start_pipeline(document_id)
    return jsonify({"task_id": result.id}), 202


@bp.post("/documents/<document_id>/preview-extraction")
def preview_extraction(document_id):
    """Lets ops try a prompt change on a single document without a deploy."""
    body = request.get_json(force=True)
    instructions = body.get("instructions") or "Extract the invoice header fields as JSON."
    with session_scope() as session:
        text = _get_doc_or_404(session, document_id).full_text

    completion = azure_client.chat.completions.create(
        model=body.get("deployment") or settings.azure_chat_deployment,
        messages=[
            {"role": "system", "content": instructions},
            {"role": "user", "content": text[:50000]},
        ],
        response_format={"type": "json_object"},
        temperature=0,
    )
    return jsonify({
        "fields": json.loads(completion.choices[0].message.content),
        "usage": completion.usage.model_dump() if completion.usage else None,
        "schema_hint": INVOICE_TOOL["toolSpec"]["inputSchema"]["json"],
    })


@bp.post("/playground")
def playground():
    body = request.get_json(force=True)
    model_id = PLAYGROUND_MODELS.get(body.get("model", "haiku"))
    if model_id is None:
        abort(400)
    messages = [{"role": m["role"], "content": [{"text": m["text"]}]} for m in body.get("messages", [])]

    def generate():
        response = bedrock_runtime.converse_stream(
            modelId=model_id,
            messages=messages,
            inferenceConfig={"maxTokens": int(body.get("max_tokens", 800)), "temperature": 0.2},
        )
        for event in response["stream"]:
            if "contentBlockDelta" in event:
                yield event["contentBlockDelta"]["delta"].get("text", "")
            elif "metadata" in event:
                log.info("playground usage %s", event["metadata"].get("usage"))

    return Response(stream_with_context(generate()), mimetype="text/plain")


@bp.post("/playground/raw")
def playground_raw():
    body = request.get_json(force=True)
    result = azure_rest.azure_chat(body["messages"], deployment=body.get("deployment"), **body.get("extra", {}))
    return jsonify(result)


@bp.post("/documents/<document_id>/explain")
def explain_extraction(document_id):
    with session_scope() as session:
        latest = (
            session.query(ExtractionResult)
            .filter_by(document_id=document_id)
            .order_by(ExtractionResult.created_at.desc())
            .first()
        )
        if latest is None:
            abort(404)
        fields = latest.fields

    explanation = asyncio.run(multi_model_service.generate_response(
        prompt="Explain to a claims handler, in plain language, what these extracted fields mean "
               f"and what looks unusual:\n{json.dumps(fields, indent=2)}",
        task_type="admin_explain",
        complexity=TaskComplexity.SIMPLE,
    ))
    return jsonify({"explanation": explanation})


@bp.get("/search")
def search():
    tenant_id = request.args["tenant"]
    q = request.args["q"]
    hits = retrieve(q, tenant_id, top_k=int(request.args.get("k", 10)))
    return jsonify([{"document_id": h.document_id, "score": h.score, "text": h.text[:500]} for h in hits])
