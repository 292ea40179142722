from __future__ import annotations

import base64

from dishka.integrations.fastapi import FromDishka, inject
from fastapi import APIRouter, HTTPException, UploadFile
from mistralai import Mistral
from openai import AsyncOpenAI
from pydantic import BaseModel

from app.domain.models import Document
from app.repositories.documents import DocumentRepository
from app.services.reports import ReportGenerator

router = APIRouter(prefix="/documents", tags=["documents"])


class CreateDocument(BaseModel):
    title: str = "untitled"
    text: str
    source: str = "api"


@router.post("")
@inject
async def create_document(body: CreateDocument, docs: FromDishka[DocumentRepository]) -> dict:
    doc = await docs.create(Document(title=body.title, text=body.text, source=body.source))
    return {"id": str(doc.id), "status": "queued"}


@router.post("/ocr")
@inject
async def upload_pdf(
    upload: UploadFile,
    docs: FromDishka[DocumentRepository],
    mistral: FromDishka[Mistral],
) -> dict:
    if upload.content_type != "application/pdf":
        raise HTTPException(415, "PDF only")
    data = base64.b64encode(await upload.read()).decode()
    result = await mistral.ocr.process_async(
        model="mistral-ocr-latest",
        document={"type": "document_url", "document_url": f"data:application/pdf;base64,{data}"},
    )
    text = "\n\n".join(p.markdown for p in result.pages)
    doc = await docs.create(Document(title=upload.filename or "untitled", text=text, source="ocr"))
    return {"id": str(doc.id), "pages": len(result.pages)}


@router.post("/{document_id}/cover")
@inject
async def cover_image(document_id: str, docs: FromDishka[DocumentRepository], client: FromDishka[AsyncOpenAI]) -> dict:
    doc = await docs.get(document_id)
    if doc is None:
        raise HTTPException(404, "document not found")
    img = await client.images.generate(
        model="dall-e-3",
        prompt=f"Abstract, minimal cover illustration for a document titled '{doc.title}'",
        size="1024x1024",
        n=1,
    )
    return {"url": img.data[0].url}


@router.get("/{document_id}/report")
@inject
async def document_report(document_id: str, docs: FromDishka[DocumentRepository]) -> dict:
    doc = await docs.get(document_id)
    if doc is None:
        raise HTTPException(404, "document not found")
    return ReportGenerator(doc).generate()
