"""Mistral client + OCR helpers."""
from __future__ import annotations

import base64
from pathlib import Path

from mistralai import Mistral

from docai_models.config import ProviderSettings, resolve_api_key

OCR_MODEL = "mistral-ocr-latest"


def build_mistral_client(settings: ProviderSettings) -> Mistral:
    return Mistral(
        api_key=resolve_api_key("mistral", settings.api_key),
        timeout_ms=int(settings.timeout * 1000),
    )


def to_data_url(pdf_bytes: bytes) -> str:
    return "data:application/pdf;base64," + base64.b64encode(pdf_bytes).decode()


def upload_for_ocr(client: Mistral, path: Path) -> str:
    """Upload a large PDF and return a signed URL (OCR on data URLs caps out at ~50MB)."""
    uploaded = client.files.upload(
        file={"file_name": path.name, "content": path.read_bytes()},
        purpose="ocr",
    )
    signed = client.files.get_signed_url(file_id=uploaded.id)
    return signed.url


def run_ocr(client: Mistral, document_url: str, *, include_images: bool = False):
    return client.ocr.process(
        model=OCR_MODEL,
        document={"type": "document_url", "document_url": document_url},
        include_image_base64=include_images,
    )
