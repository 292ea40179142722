from __future__ import annotations

from typing import Annotated

from arq.connections import ArqRedis
from arq.jobs import Job, JobStatus
from fastapi import APIRouter, Depends, HTTPException, Request
from openai import AsyncOpenAI
from pydantic import BaseModel, Field

router = APIRouter(prefix="/v2")


# --- schemas -------------------------------------------------------------

class EnqueueIngest(BaseModel):
    tenant_id: str
    filename: str
    mime_type: str = "application/pdf"


class EnqueueResponse(BaseModel):
    job_id: str
    document_id: str | None = None


class PreviewRequest(BaseModel):
    text: str = Field(max_length=20_000)


class RerankRequest(BaseModel):
    query: str
    passages: list[str] = Field(max_length=200)
    top_n: int = 5


class SimilarityRequest(BaseModel):
    a: str
    b: str


# --- dependencies --------------------------------------------------------

def get_arq(request: Request) -> ArqRedis:
    return request.app.state.arq


def get_openai(request: Request) -> AsyncOpenAI:
    return request.app.state.openai


ArqDep = Annotated[ArqRedis, Depends(get_arq)]
OpenAIDep = Annotated[AsyncOpenAI, Depends(get_openai)]


# --- queue endpoints -----------------------------------------------------

@router.post("/documents", response_model=EnqueueResponse, status_code=202)
async def create_document(body: EnqueueIngest, request: Request, arq: ArqDep) -> EnqueueResponse:
    doc_id = await request.app.state.repo.create(body.tenant_id, body.filename, body.mime_type)
    job = await arq.enqueue_job("ingest_document", doc_id, _job_id=f"ingest:{doc_id}")
    if job is None:
        raise HTTPException(409, "already queued")
    return EnqueueResponse(job_id=job.job_id, document_id=doc_id)


@router.post("/documents/{doc_id}/summaries", response_model=EnqueueResponse, status_code=202)
async def enqueue_summary(doc_id: str, arq: ArqDep) -> EnqueueResponse:
    job = await arq.enqueue_job("summarize_document", doc_id)
    return EnqueueResponse(job_id=job.job_id, document_id=doc_id)


@router.post("/documents/{doc_id}/questions", response_model=EnqueueResponse, status_code=202)
async def enqueue_question(doc_id: str, question: str, arq: ArqDep, deep: bool = False) -> EnqueueResponse:
    job = await arq.enqueue_job("answer_question", doc_id, question, deep)
    return EnqueueResponse(job_id=job.job_id, document_id=doc_id)


@router.get("/jobs/{job_id}")
async def job_status(job_id: str, arq: ArqDep) -> dict:
    job = Job(job_id, arq)
    status = await job.status()
    if status is JobStatus.not_found:
        raise HTTPException(404, "unknown job")
    out: dict = {"job_id": job_id, "status": status.value}
    if status is JobStatus.complete:
        info = await job.result_info()
        out["success"] = info.success
        out["result"] = info.result if info.success else str(info.result)
    return out


# --- inline endpoints ----------------------------------------------------

@router.post("/preview/classify")
async def preview_classify(body: PreviewRequest, request: Request) -> dict:
    """Used by the upload dialog to pre-fill the document type while the file uploads."""
    label = await request.app.state.classifier.quick_label(body.text)
    return {"doc_type": label}


@router.post("/preview/summary")
async def preview_summary(body: PreviewRequest, request: Request) -> dict:
    client: AsyncOpenAI = request.app.state.openai
    completion = await client.chat.completions.create(
        model="gpt-4.1-nano",
        messages=[
            {"role": "system", "content": "One-sentence description of the document."},
            {"role": "user", "content": body.text[:8000]},
        ],
        max_tokens=80,
    )
    return {"summary": completion.choices[0].message.content}


@router.post("/rerank")
async def rerank(body: RerankRequest, request: Request) -> dict:
    settings = request.app.state.settings
    result = await request.app.state.cohere.rerank(
        model=settings.cohere_rerank_model,
        query=body.query,
        documents=body.passages,
        top_n=body.top_n,
    )
    return {"results": [{"index": r.index, "score": r.relevance_score} for r in result.results]}


@router.post("/similarity")
async def similarity(body: SimilarityRequest, openai: OpenAIDep) -> dict:
    emb = await openai.embeddings.create(model="text-embedding-3-small", input=[body.a, body.b])
    va, vb = emb.data[0].embedding, emb.data[1].embedding
    dot = sum(x * y for x, y in zip(va, vb))
    norm = (sum(x * x for x in va) ** 0.5) * (sum(y * y for y in vb) ** 0.5)
    return {"cosine": dot / norm if norm else 0.0}


@router.get("/models")
async def list_models(openai: OpenAIDep) -> dict:
    page = await openai.models.list()
    return {"models": sorted(m.id for m in page.data if m.id.startswith(("gpt-", "o")))}
