"""/documents endpoints: summarize, classify, moderate, translate, Q&A."""
from __future__ import annotations

import logging
import uuid

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from app.deps import EngineDep, PipelineDep
from docflow.models import Document
from docflow.plugins.anthropic_plugin import classify_async
from docflow.plugins.openai_plugin import stream_summary
from docflow.plugins.vertex_plugin import translate
from docflow.summarize_long import summarize_long

log = logging.getLogger(__name__)

router = APIRouter(prefix="/documents", tags=["documents"])

LONG_DOC_CHARS = 400_000


class DocumentIn(BaseModel):
    text: str = Field(min_length=1)
    title: str | None = None
    metadata: dict = Field(default_factory=dict)

    def to_document(self) -> Document:
        return Document(id=self.metadata.get("id") or uuid.uuid4().hex, text=self.text, title=self.title, metadata=self.metadata)


class SummaryOut(BaseModel):
    text: str
    plugin: str
    model: str
    input_tokens: int | None = None
    output_tokens: int | None = None
    estimated_cost_usd: float | None = None


class QuestionIn(BaseModel):
    document: DocumentIn
    question: str


@router.post("/summary", response_model=SummaryOut)
async def summarize_document(
    body: DocumentIn,
    pipeline: PipelineDep,
    max_words: int = Query(200, ge=20, le=2000),
    mode: str = Query("auto", pattern="^(auto|long|plugins)$"),
):
    doc = body.to_document()
    if mode == "long" or (mode == "auto" and len(doc.text) > LONG_DOC_CHARS):
        summary = await summarize_long(doc, max_words=max_words)
    else:
        summary = await run_in_threadpool(pipeline.summarize, doc, max_words)
    return SummaryOut(**summary.__dict__, estimated_cost_usd=pipeline.estimated_cost(summary))


@router.post("/summary/stream")
async def stream_document_summary(body: DocumentIn, engine: EngineDep):
    doc = body.to_document()
    return StreamingResponse(stream_summary(engine, doc), media_type="text/plain")


@router.post("/classify")
async def classify_document(body: DocumentIn, engine: EngineDep, pipeline: PipelineDep, fast: bool = True):
    doc = body.to_document()
    labels = body.metadata.get("labels") or None
    if fast:
        result = await run_in_threadpool(pipeline.classify, doc, labels)
    else:
        result = await classify_async(engine, doc, labels or ["invoice", "contract", "resume", "report", "other"])
    return result.__dict__


@router.post("/moderate")
async def moderate_upload(request: Request, body: DocumentIn):
    # Quick pre-check at upload time; the full plugin vote runs in the worker.
    engine = request.app.state.engine
    verdict = engine.openai.moderations.create(model="omni-moderation-latest", input=body.text[:20000])
    result = verdict.results[0]
    if result.flagged:
        raise HTTPException(status_code=422, detail={"flagged": True, "categories": result.categories.model_dump()})
    return {"flagged": False}


@router.post("/translate")
async def translate_document(body: DocumentIn, engine: EngineDep, target: str = Query("en", min_length=2, max_length=5)):
    return {"text": await translate(engine, body.text, target), "target": target}


@router.post("/qa")
async def answer_question(body: QuestionIn, request: Request):
    engine = request.app.state.engine
    doc = body.document.to_document()

    async def events():
        stream = await engine.async_openai.responses.create(
            model="gpt-4o-mini",
            instructions="Answer strictly from the document. Say 'not in document' otherwise.",
            input=f"Document:\n{doc.head(30000)}\n\nQuestion: {body.question}",
            stream=True,
        )
        async for event in stream:
            if event.type == "response.output_text.delta":
                yield f"data: {event.delta}\n\n"
        yield "data: [DONE]\n\n"

    return StreamingResponse(events(), media_type="text/event-stream")


@router.post("/ocr")
async def ocr_document(request: Request, url: str):
    plugin = request.app.state.engine.plugin("mistral_plugin")
    if plugin is None:
        raise HTTPException(status_code=503, detail="OCR requires the mistral plugin")
    markdown = await run_in_threadpool(plugin.ocr_pdf, url)
    return {"markdown": markdown}
