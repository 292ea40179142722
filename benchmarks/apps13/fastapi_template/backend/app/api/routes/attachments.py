import base64
import logging
import uuid
from typing import Any

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile
from pydantic import BaseModel, Field

from app.api.deps import (
    ArqDep,
    AsyncAzureOpenAIDep,
    AzureOpenAIDep,
    CurrentTenant,
    SessionDep,
    require_ai_feature,
)
from app.core.config import settings
from app.models import Attachment
from app.services import storage

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/attachments", tags=["attachments"])

MAX_UPLOAD_BYTES = 25 * 1024 * 1024
IMAGE_TYPES = {"image/png", "image/jpeg", "image/webp", "image/gif"}
AUDIO_TYPES = {"audio/mpeg", "audio/mp4", "audio/wav", "audio/webm", "audio/x-m4a"}


class CoverRequest(BaseModel):
    title: str = Field(min_length=3, max_length=200)
    style: str = "flat illustration, muted colours, no text"


@router.post("/", status_code=201)
async def upload_attachment(
    session: SessionDep,
    tenant: CurrentTenant,
    arq: ArqDep,
    document_id: uuid.UUID | None = None,
    file: UploadFile = File(...),
) -> Any:
    data = await file.read()
    if len(data) > MAX_UPLOAD_BYTES:
        raise HTTPException(status_code=413, detail="File too large")
    key = storage.attachment_key(tenant.id, file.filename or "upload.bin")
    storage.put_attachment(key, data, file.content_type or "application/octet-stream")
    attachment = Attachment(
        tenant_id=tenant.id,
        document_id=document_id,
        s3_key=key,
        content_type=file.content_type or "application/octet-stream",
        size_bytes=len(data),
    )
    session.add(attachment)
    session.commit()
    session.refresh(attachment)
    if attachment.content_type in IMAGE_TYPES and tenant.ai_enabled("alt_text"):
        await arq.enqueue_job("generate_alt_text", str(attachment.id))
    return {"id": attachment.id, "key": key}


@router.post("/transcribe", dependencies=[Depends(require_ai_feature("voice_notes"))])
async def transcribe_voice_note(
    client: AsyncAzureOpenAIDep,
    tenant: CurrentTenant,
    file: UploadFile = File(...),
) -> dict:
    if file.content_type not in AUDIO_TYPES:
        raise HTTPException(status_code=415, detail="Unsupported audio type")
    audio = await file.read()
    if len(audio) > MAX_UPLOAD_BYTES:
        raise HTTPException(status_code=413, detail="Voice note too long")
    transcript = await client.audio.transcriptions.create(
        model=settings.AZURE_OPENAI_WHISPER_DEPLOYMENT,
        file=(file.filename or "note.webm", audio, file.content_type),
        language=tenant.language,
        response_format="text",
    )
    return {"text": transcript}


@router.post("/cover", dependencies=[Depends(require_ai_feature("cover_images"))])
def generate_cover(body: CoverRequest, azure: AzureOpenAIDep, tenant: CurrentTenant) -> dict:
    result = azure.images.generate(
        model=settings.AZURE_OPENAI_IMAGE_DEPLOYMENT,
        prompt=f"Cover image for a document titled '{body.title}'. Style: {body.style}.",
        size="1792x1024",
        quality="standard",
        response_format="b64_json",
        n=1,
    )
    png = base64.b64decode(result.data[0].b64_json)
    key = storage.attachment_key(tenant.id, "cover.png")
    storage.put_attachment(key, png, "image/png")
    return {"key": key, "url": storage.presigned_url(key)}
