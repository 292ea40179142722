from __future__ import annotations

import asyncio
import uuid
from typing import Optional

from fastapi import APIRouter, File, Form, HTTPException, Request, UploadFile
from pydantic import BaseModel

from admin.deps import Admin, Claude, StateOpenAI
from claimsdoc import storage
from claimsdoc.clients import get_hf
from claimsdoc.actors import classify_document, fraud_score, moderate_free_text
from claimsdoc.actors.extract import count_extract_tokens
from claimsdoc.pipelines import DocumentRef, message_status, process_claim
from claimsdoc.providers import available
from claimsdoc.services.llm_usage_tracker import UsageLog
from claimsdoc.services.multi_model_service import TaskComplexity, multi_model_service

router = APIRouter()
ops_router = APIRouter()


class AskBody(BaseModel):
    question: str
    claim_id: str
    engine: str = "openai"


class EnqueueResponse(BaseModel):
    claim_id: str
    document_ids: list[str]
    group_id: Optional[str] = None


@router.post("/claims/{claim_id}/documents", response_model=EnqueueResponse)
async def upload_documents(claim_id: str, _: Admin, files: list[UploadFile] = File(...),
                           tracked: bool = Form(False)):
    refs = []
    for f in files:
        key = f"raw/{claim_id}/{uuid.uuid4().hex}-{f.filename}"
        storage._s3().upload_fileobj(f.file, storage.settings.s3_bucket, key)
        doc_id = storage.repo.create(claim_id, key, f.filename or "upload")
        refs.append(DocumentRef(document_id=doc_id, s3_key=key, mime_type=f.content_type or "application/pdf"))
    g = process_claim(claim_id, refs, tracked=tracked)
    return EnqueueResponse(claim_id=claim_id, document_ids=[r.document_id for r in refs], group_id=g.group_id)


@router.post("/claims/{claim_id}/rescore")
async def rescore(claim_id: str, _: Admin):
    msg = fraud_score.send_with_options(args=(claim_id,), claim_id=claim_id)
    return {"message_id": msg.message_id}


@router.post("/documents/{document_id}/reclassify")
async def reclassify(document_id: str, _: Admin):
    doc = storage.repo.get(document_id)
    if not doc:
        raise HTTPException(404)
    text = storage.read_bytes(f"ocr/{doc['claim_id']}/{document_id}.json").decode()
    msg = classify_document.send({"claim_id": doc["claim_id"], "document_id": document_id, "text": text})
    return {"message_id": msg.message_id, "status": message_status(msg)}


@router.post("/documents/{document_id}/moderate")
async def moderate(document_id: str, body: dict, _: Admin):
    moderate_free_text.send(document_id, body.get("text", ""))
    return {"queued": True}


@router.post("/ask")
async def ask_about_claim(body: AskBody, request: Request, openai_client: StateOpenAI, claude: Claude, _: Admin):
    """Adjuster Q&A over a claim's extracted fields. Untracked; see CLAIMS-1302."""
    docs = storage.repo.for_claim(body.claim_id)
    context = "\n".join(f"{d['filename']}: {d.get('fields')}" for d in docs)
    if body.engine == "claude":
        msg = await claude.messages.create(
            model="claude-3-5-haiku-20241022",
            max_tokens=600,
            system="Answer only from the claim context. Say 'not in file' if unsure.",
            messages=[{"role": "user", "content": f"{context}\n\nQuestion: {body.question}"}],
        )
        return {"answer": msg.content[0].text}
    resp = await openai_client.responses.create(
        model="gpt-4o-mini",
        instructions="Answer only from the claim context. Say 'not in file' if unsure.",
        input=f"{context}\n\nQuestion: {body.question}",
        max_output_tokens=600,
    )
    return {"answer": resp.output_text}


@router.post("/ask/open-model")
async def ask_open_model(body: AskBody, _: Admin):
    """Same as /ask but on an open-weights model (tenants that opted out of US vendors)."""
    docs = storage.repo.for_claim(body.claim_id)
    context = "\n".join(f"{d['filename']}: {d.get('fields')}" for d in docs)
    out = await asyncio.to_thread(
        get_hf().chat_completion,
        messages=[{"role": "user", "content": f"{context}\n\nQuestion: {body.question}"}],
        model="mistralai/Mistral-7B-Instruct-v0.3",
        max_tokens=500,
    )
    return {"answer": out.choices[0].message.content}


@router.post("/ask/tracked")
async def ask_tracked(body: AskBody, _: Admin):
    docs = storage.repo.for_claim(body.claim_id)
    context = "\n".join(f"{d['filename']}: {d.get('fields')}" for d in docs)
    resp = await multi_model_service.generate_response(
        prompt=f"{context}\n\nQuestion: {body.question}",
        task_type="adjuster_qa",
        complexity=TaskComplexity.STANDARD,
    )
    return {"answer": resp.text, "tokens": resp.input_tokens + resp.output_tokens}


@router.get("/documents/{document_id}/estimate")
async def estimate(document_id: str, _: Admin):
    doc = storage.repo.get(document_id)
    text = storage.read_bytes(f"ocr/{doc['claim_id']}/{document_id}.json").decode()
    return {"input_tokens": count_extract_tokens(doc.get("doc_type") or "other", doc["claim_id"], text)}


@ops_router.get("/providers")
async def providers():
    return {"providers": available()}


@ops_router.get("/openai/models")
async def openai_models(request: Request):
    page = await request.app.state.openai.models.list()
    return {"models": [m.id for m in page.data]}


@ops_router.post("/openai/batch-file")
async def upload_batch_file(request: Request, file: UploadFile = File(...)):
    created = await request.app.state.openai.files.create(file=(file.filename, await file.read()), purpose="batch")
    return {"file_id": created.id}


@ops_router.get("/costs/{month}")
async def monthly_costs(month: str):
    """What the FinOps page shows, per provider/feature, recomputed from stored token counts."""
    with storage._conn() as conn:
        rows = conn.execute(
            "select provider, model, feature_context, input_tokens, output_tokens from llm_usage_logs "
            "where to_char(created_at, 'YYYY-MM') = %s",
            (month,),
        ).fetchall()
    totals: dict[str, float] = {}
    for r in rows:
        log = UsageLog(provider=r["provider"], model=r["model"], feature_context=r["feature_context"],
                       input_tokens=r["input_tokens"], output_tokens=r["output_tokens"])
        key = f"{r['provider']}/{r['feature_context']}"
        totals[key] = totals.get(key, 0.0) + log.cost_usd()
    return {"month": month, "usd": {k: round(v, 2) for k, v in sorted(totals.items(), key=lambda kv: -kv[1])}}
