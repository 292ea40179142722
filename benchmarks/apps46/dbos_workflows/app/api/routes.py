from __future__ import annotations

import uuid

from dbos import DBOS, SetWorkflowID
from fastapi import APIRouter, File, Form, HTTPException, UploadFile
from fastapi.responses import StreamingResponse

from app.api.schemas import AskRequest, AskResponse, IngestResponse, ReviewRequest, StatusResponse
from app.db import transactions as tx
from app.search.qa import answer_question, stream_answer
from app.steps.classify import guess_title_fast
from app.workflows.ingest import ingest_document, ingest_document_v2
from app.workflows.queues import ingest_queue, review_queue
from app.workflows.review import review_document

router = APIRouter()


@router.post("/documents", response_model=IngestResponse)
async def upload_document(
    file: UploadFile = File(...),
    tenant_id: str = Form(...),
    redact: bool = Form(False),
    v2: bool = Form(False),
):
    data = await file.read()
    if not data:
        raise HTTPException(400, "empty file")
    doc_id = tx.create_document(tenant_id, file.filename or "upload.bin")
    wf_id = f"ingest-{doc_id}"
    with SetWorkflowID(wf_id):
        if v2:
            DBOS.start_workflow(ingest_document_v2, doc_id, file.filename, data)
        else:
            ingest_queue.enqueue(ingest_document, doc_id, file.filename, data, redact)
    return IngestResponse(doc_id=doc_id, workflow_id=wf_id)


@router.post("/documents/preview-title")
async def preview_title(file: UploadFile = File(...)) -> dict:
    data = await file.read()
    return {"title": guess_title_fast(data.decode("utf-8", errors="replace"))}


@router.get("/workflows/{workflow_id}", response_model=StatusResponse)
def workflow_status(workflow_id: str):
    status = DBOS.get_workflow_status(workflow_id)
    if status is None:
        raise HTTPException(404, "unknown workflow")
    stage = DBOS.get_event(workflow_id, "stage", timeout_seconds=0)
    result = None
    if status.status == "SUCCESS":
        result = DBOS.retrieve_workflow(workflow_id).get_result()
    return StatusResponse(workflow_id=workflow_id, status=status.status, stage=stage, result=result)


@router.post("/reviews/{doc_id}")
def start_review(doc_id: str, req: ReviewRequest):
    if tx.load_document(doc_id) is None:
        raise HTTPException(404, "unknown document")
    wf_id = f"review-{doc_id}-{uuid.uuid4().hex[:8]}"
    with SetWorkflowID(wf_id):
        review_queue.enqueue(review_document, doc_id, req.reviewer)
    return {"workflow_id": wf_id}


@router.post("/reviews/{workflow_id}/ack")
def ack_escalation(workflow_id: str, by: str = Form(...)):
    DBOS.send(workflow_id, {"by": by}, topic="escalation_ack")
    return {"ok": True}


@router.post("/ask")
async def ask(req: AskRequest):
    if req.stream:
        return StreamingResponse(stream_answer(req.question, req.doc_id, req.top_k), media_type="text/plain")
    answer, passages = await answer_question(req.question, req.doc_id, req.top_k)
    return AskResponse(answer=answer, passages=passages)


# --- admin ------------------------------------------------------------------------

admin = APIRouter(prefix="/admin", tags=["admin"])


@admin.get("/workflows")
def list_workflows(status: str | None = None, name: str | None = None, limit: int = 50):
    rows = DBOS.list_workflows(status=status, name=name, limit=limit, sort_desc=True)
    return [
        {
            "workflow_id": w.workflow_id,
            "name": w.name,
            "status": w.status,
            "created_at": w.created_at,
            "queue": w.queue_name,
        }
        for w in rows
    ]


@admin.get("/queues/{queue_name}")
def list_queued(queue_name: str, limit: int = 100):
    rows = DBOS.list_queued_workflows(queue_name=queue_name, limit=limit)
    return [{"workflow_id": w.workflow_id, "status": w.status, "name": w.name} for w in rows]


@admin.post("/workflows/{workflow_id}/cancel")
def cancel_workflow(workflow_id: str):
    DBOS.cancel_workflow(workflow_id)
    return {"cancelled": workflow_id}


@admin.post("/workflows/{workflow_id}/resume")
def resume_workflow(workflow_id: str):
    handle = DBOS.resume_workflow(workflow_id)
    return {"resumed": handle.get_workflow_id()}


@admin.post("/workflows/{workflow_id}/fork")
def fork_workflow(workflow_id: str, start_step: int = 1):
    """Re-run a workflow from a given step, e.g. after fixing a prompt."""
    handle = DBOS.fork_workflow(workflow_id, start_step)
    return {"forked": handle.get_workflow_id()}


@admin.get("/usage")
def usage_summary(days: int = 7):
    from app.services.llm_usage_tracker import usage_report

    return usage_report(days)


router.include_router(admin)
