"""Ingest: fetch from S3, extract text per page, OCR scanned pages, kick off the pipeline."""
import base64
import io
import logging
from concurrent.futures import ThreadPoolExecutor
from typing import List, Optional, Tuple

import pdfplumber
from celery import chain
from openai import AzureOpenAI

from docintel.celery_app import app
from docintel.core.clients import s3
from docintel.core.db import session_scope
from docintel.core.settings import settings
from docintel.models import DocStatus, Document, Page
from docintel.tasks.base import DocTask, PermanentTaskError

log = logging.getLogger(__name__)

# TODO(mk): move to worker_clients with the rest; this one predates the refactor
_vision_client = AzureOpenAI(
    azure_endpoint=settings.azure_openai_endpoint,
    api_key=settings.azure_openai_api_key,
    api_version=settings.azure_openai_api_version,
)

MIN_TEXT_CHARS = 40
OCR_PROMPT = (
    "This is a scanned page from an insurance document (claim form, invoice or contract). "
    "Transcribe all text exactly as it appears, preserving table rows as pipe-separated lines. "
    "Do not summarise. If a region is illegible write [illegible]."
)


def _page_image_key(document_id: str, number: int) -> str:
    return f"pages/{document_id}/{number:04d}.png"


def _render_page(document_id: str, number: int, page) -> Tuple[int, str, bytes]:
    image = page.to_image(resolution=150)
    buf = io.BytesIO()
    image.original.save(buf, format="PNG")
    png = buf.getvalue()
    key = _page_image_key(document_id, number)
    s3.put_object(Bucket=settings.documents_bucket, Key=key, Body=png, ContentType="image/png")
    return number, key, png


def _ocr_page(png: bytes) -> str:
    b64 = base64.b64encode(png).decode("ascii")
    completion = _vision_client.chat.completions.create(
        model=settings.azure_vision_deployment,
        temperature=0,
        max_tokens=3000,
        messages=[
            {"role": "system", "content": OCR_PROMPT},
            {
                "role": "user",
                "content": [{"type": "image_url", "image_url": {"url": f"data:image/png;base64,{b64}", "detail": "high"}}],
            },
        ],
    )
    return completion.choices[0].message.content or ""


@app.task(bind=True, base=DocTask, name="docintel.tasks.ingest.ingest_document", acks_late=True)
def ingest_document(self, document_id: str) -> str:
    with session_scope() as session:
        doc = session.get(Document, document_id)
        if doc is None:
            raise PermanentTaskError(f"unknown document {document_id}")
        s3_key = doc.s3_key

    obj = s3.get_object(Bucket=settings.documents_bucket, Key=s3_key)
    data = obj["Body"].read()

    texts: List[Optional[str]] = []
    scanned: List[int] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        if len(pdf.pages) > settings.max_pages_per_doc:
            raise PermanentTaskError(f"{len(pdf.pages)} pages exceeds limit")
        with ThreadPoolExecutor(max_workers=4) as pool:
            futures = []
            for i, page in enumerate(pdf.pages, start=1):
                text = page.extract_text() or ""
                texts.append(text)
                if len(text.strip()) < MIN_TEXT_CHARS:
                    scanned.append(i)
                futures.append(pool.submit(_render_page, document_id, i, page))
            rendered = {n: (key, png) for n, key, png in (f.result() for f in futures)}

    for number in scanned:
        log.info("ocr page %s of %s", number, document_id)
        texts[number - 1] = _ocr_page(rendered[number][1])

    with session_scope() as session:
        doc = session.get(Document, document_id)
        for i, text in enumerate(texts, start=1):
            session.add(Page(document_id=document_id, number=i, text=text, image_key=rendered[i][0]))
        doc.page_count = len(texts)
        doc.status = DocStatus.OCR_DONE
    return document_id


def start_pipeline(document_id: str):
    """Entry point called by the S3 event consumer and the admin 're-run' button."""
    from docintel.tasks.classify import classify_document, route_document

    workflow = chain(
        ingest_document.si(document_id=document_id),
        classify_document.si(document_id=document_id),
        route_document.si(document_id=document_id),
    )
    return workflow.apply_async()
