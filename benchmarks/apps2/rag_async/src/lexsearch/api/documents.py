"""Document upload, transcription, metadata extraction and summarisation."""

from __future__ import annotations

import base64
import json
import logging
import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, File, Header, HTTPException, UploadFile
from pydantic import BaseModel

from lexsearch.container import Container, get_container
from lexsearch.integrations import DocumentStore
from lexsearch.services.citation_checker import CitationChecker, CitationFinding
from lexsearch.services.summarizer import DocumentSummarizer, FilingSummary

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/documents", tags=["documents"])

_store = DocumentStore()
_summarizer = DocumentSummarizer()

METADATA_PROMPT = """Extract from this filing: court, docket_number, filing_date (ISO 8601),
document_type, parties (list), judge. Answer with a single JSON object and nothing else."""

AUDIO_TYPES = {"audio/mpeg", "audio/wav", "audio/x-m4a", "audio/mp4", "audio/webm"}


class UploadResult(BaseModel):
    doc_id: str
    storage_key: str
    metadata: dict[str, object]


class Transcript(BaseModel):
    doc_id: str
    text: str


class DraftBody(BaseModel):
    draft: str


@router.post("/upload", response_model=UploadResult)
async def upload(
    file: Annotated[UploadFile, File()],
    c: Annotated[Container, Depends(get_container)],
    tenant_id: Annotated[str, Header(alias="X-Tenant-Id")],
) -> UploadResult:
    if file.content_type != "application/pdf":
        raise HTTPException(status_code=415, detail="only PDF filings are accepted")
    body = await file.read()
    doc_id = uuid.uuid4().hex
    key = await _store.put(tenant_id, doc_id, body, file.content_type)

    message = await c.anthropic.messages.create(
        model=c.settings.models.answer_model,
        max_tokens=600,
        messages=[
            {
                "role": "user",
                "content": [
                    {
                        "type": "document",
                        "source": {
                            "type": "base64",
                            "media_type": "application/pdf",
                            "data": base64.standard_b64encode(body).decode("ascii"),
                        },
                    },
                    {"type": "text", "text": METADATA_PROMPT},
                ],
            }
        ],
    )
    try:
        metadata = json.loads(message.content[0].text)
    except (json.JSONDecodeError, IndexError, AttributeError):
        logger.warning("metadata extraction returned non-JSON for %s", doc_id)
        metadata = {}
    return UploadResult(doc_id=doc_id, storage_key=key, metadata=metadata)


@router.post("/transcribe", response_model=Transcript)
async def transcribe(
    file: Annotated[UploadFile, File()],
    c: Annotated[Container, Depends(get_container)],
    tenant_id: Annotated[str, Header(alias="X-Tenant-Id")],
) -> Transcript:
    """Transcribe a deposition or hearing recording."""
    if file.content_type not in AUDIO_TYPES:
        raise HTTPException(status_code=415, detail="unsupported audio type")
    audio = await file.read()
    doc_id = uuid.uuid4().hex
    await _store.put(tenant_id, doc_id, audio, file.content_type or "audio/mpeg")
    transcript = await c.openai.audio.transcriptions.create(
        model=c.settings.models.transcription_model,
        file=(file.filename or "recording.mp3", audio),
        prompt="Deposition transcript. Speakers: counsel, witness, court reporter.",
    )
    return Transcript(doc_id=doc_id, text=transcript.text)


@router.post("/{doc_id}/summary")
async def summarise(
    doc_id: str,
    body: DraftBody,
    tenant_id: Annotated[str, Header(alias="X-Tenant-Id")],
) -> FilingSummary:
    return await _summarizer.summarise(doc_id, body.draft, tenant_id)


@router.post("/check-citations")
async def check_citations(body: DraftBody) -> list[CitationFinding]:
    from lexsearch.workers.ingest_worker import lookup_authority

    checker = CitationChecker(lookup_authority)
    return await checker.check(body.draft)
