import uuid
from typing import Any

from fastapi import APIRouter, File, Form, HTTPException, UploadFile
from google.genai import types
from pydantic import BaseModel

from app.api.deps import AITenant, ArqDep, CurrentTenant, GenAIDep, SessionDep
from app.core.config import settings
from app.models import Asset
from app.services.openai_service import openai_service
from app.utils import download_bytes, upload_bytes

router = APIRouter(prefix="/assets", tags=["assets"])

MAX_UPLOAD_BYTES = 10 * 1024 * 1024


class AssetPublic(BaseModel):
    id: uuid.UUID
    s3_key: str
    alt_text: str | None
    alt_text_source: str | None


class AltTextUpdate(BaseModel):
    alt_text: str


@router.post("/", response_model=AssetPublic)
async def upload_asset(
    session: SessionDep, tenant: CurrentTenant, arq: ArqDep, file: UploadFile = File(...)
) -> Any:
    data = await file.read()
    if len(data) > MAX_UPLOAD_BYTES:
        raise HTTPException(status_code=413, detail="File too large")
    asset = Asset(tenant_id=tenant.id, s3_key="", content_type=file.content_type or "application/octet-stream")
    asset.s3_key = upload_bytes(f"{tenant.id}/assets/{asset.id}/{file.filename}", data, asset.content_type)
    session.add(asset)
    session.commit()
    session.refresh(asset)
    if tenant.ai_features_enabled and asset.content_type.startswith("image/"):
        await arq.enqueue_job("generate_alt_text", str(asset.id))
    return asset


@router.put("/{id}/alt-text", response_model=AssetPublic)
def set_alt_text(session: SessionDep, tenant: CurrentTenant, id: uuid.UUID, body: AltTextUpdate) -> Any:
    asset = session.get(Asset, id)
    if asset is None or asset.tenant_id != tenant.id:
        raise HTTPException(status_code=404, detail="Asset not found")
    asset.alt_text = body.alt_text
    asset.alt_text_source = "user"
    session.add(asset)
    session.commit()
    return asset


@router.post("/{id}/alt-text/regenerate", response_model=AssetPublic)
def regenerate_alt_text(
    session: SessionDep,
    tenant: AITenant,
    genai_client: GenAIDep,
    id: uuid.UUID,
    hint: str | None = Form(default=None),
) -> Any:
    """Synchronous regenerate button in the media library (user is waiting)."""
    asset = session.get(Asset, id)
    if asset is None or asset.tenant_id != tenant.id:
        raise HTTPException(status_code=404, detail="Asset not found")
    image = download_bytes(asset.s3_key)
    prompt = "Write concise alt text (max 25 words) for this image."
    if hint:
        prompt += f" The user says it shows: {hint}"
    response = genai_client.models.generate_content(
        model=settings.GEMINI_MODEL,
        contents=[types.Part.from_bytes(data=image, mime_type=asset.content_type), prompt],
    )
    asset.alt_text = (response.text or "").strip()[:1000]
    asset.alt_text_source = "gemini"
    session.add(asset)
    session.commit()
    return asset


@router.post("/cover-image")
def generate_cover_image(tenant: AITenant, theme: str = Form(default="calm, professional")) -> dict[str, str]:
    return {"url": openai_service.generate_cover_image(tenant.name, theme)}
