from flask import Blueprint, Response, current_app, jsonify, request, stream_with_context

from docproc.api.auth import require_admin
from docproc.db import SessionLocal
from docproc.models import Document, ProcessingJob
from docproc.services.summarizer import DocumentSummarizer
from docproc.settings import settings
from docproc.tasks.ingest import ingest_document
from docproc.tasks.summarize import summarize_document

bp = Blueprint("admin", __name__)

PLAYGROUND_MAX_TOKENS = 2048


@bp.post("/documents/<int:document_id>/reprocess")
@require_admin
def reprocess(document_id: int):
    result = ingest_document.delay(document_id)
    return jsonify(task_id=result.id), 202


@bp.post("/documents/<int:document_id>/resummarize")
@require_admin
def resummarize(document_id: int):
    result = summarize_document.apply_async(args=[document_id], queue="llm", priority=9)
    return jsonify(task_id=result.id), 202


@bp.get("/documents/<int:document_id>/jobs")
@require_admin
def document_jobs(document_id: int):
    with SessionLocal() as session:
        jobs = session.query(ProcessingJob).filter_by(document_id=document_id).order_by(ProcessingJob.id.desc()).all()
        return jsonify(
            [
                {"id": j.id, "kind": j.kind, "state": j.state.value, "detail": j.detail, "finished_at": j.finished_at}
                for j in jobs
            ]
        )


@bp.get("/documents/<int:document_id>/executive-summary")
@require_admin
def executive_summary(document_id: int):
    with SessionLocal() as session:
        doc = Document.get_or_404(session, document_id)
        text = doc.text or ""
    summarizer = DocumentSummarizer()
    return Response(stream_with_context(summarizer.stream_executive_summary(text)), mimetype="text/plain")


@bp.post("/playground")
@require_admin
def prompt_playground():
    """Lets legal-ops iterate on prompts against a real document."""
    body = request.get_json(force=True)
    prompt = body["prompt"]
    document_id = body.get("document_id")
    model = body.get("model", settings.anthropic_model)

    context = ""
    if document_id:
        with SessionLocal() as session:
            context = Document.get_or_404(session, int(document_id)).text or ""

    client = current_app.extensions["anthropic"]
    messages = [{"role": "user", "content": f"{prompt}\n\n<document>\n{context}\n</document>" if context else prompt}]

    if body.get("dry_run"):
        count = client.messages.count_tokens(model=model, messages=messages)
        return jsonify(input_tokens=count.input_tokens)

    message = client.messages.create(
        model=model,
        max_tokens=min(int(body.get("max_tokens", 1024)), PLAYGROUND_MAX_TOKENS),
        temperature=float(body.get("temperature", 0.0)),
        messages=messages,
    )
    return jsonify(
        output="".join(b.text for b in message.content if b.type == "text"),
        usage={"input_tokens": message.usage.input_tokens, "output_tokens": message.usage.output_tokens},
        stop_reason=message.stop_reason,
    )
