"""Optional enrichment tasks: transcripts, figures, secondary indexes."""
from __future__ import annotations

import base64
import io
import logging

from docflow.clients import openai_client as oai
from docflow.config import settings
from docflow.extensions import celery, db
from docflow.integrations import download_document, presigned_url, s3
from docflow.legacy.batch_extract import client as legacy_client
from docflow.models import Document, DocumentChunk
from docflow.providers import get_provider
from docflow.utils import batched, chunk_text

logger = logging.getLogger(__name__)

BLIP_MODEL = "salesforce/blip:2e1dddc8621f72155f24cf2e0adbde548458d3cab9f00c0139eea840d0ac4746"


@celery.task
def transcribe_voicemail(document_id: int) -> str:
    """Voicemail attachments forwarded by the AP inbox."""
    document = db.session.get(Document, document_id)
    audio = io.BytesIO(download_document(document.s3_key))
    transcript = get_provider("openai").client.audio.transcriptions.create(
        model="whisper-1",
        file=(document.filename, audio),
        response_format="text",
    )
    document.update(text=str(transcript), status="transcribed")
    return str(transcript)


@celery.task
def render_cover_image(document_id: int) -> str:
    document = db.session.get(Document, document_id)
    result = oai.images.generate(
        model="gpt-image-1",
        prompt=f"A minimal flat illustration representing a {document.doc_type or 'business document'}",
        size="1024x1024",
        n=1,
    )
    key = f"{document.tenant_id}/covers/{document.id}.png"
    s3.upload_fileobj(io.BytesIO(base64.b64decode(result.data[0].b64_json)), settings.s3_bucket, key)
    return key


@celery.task
def caption_figures(document_id: int, figure_keys: list[str]) -> list[str]:
    replicate = get_provider("replicate")
    captions: list[str] = []
    for key in figure_keys:
        output = replicate.client.run(BLIP_MODEL, input={"image": presigned_url(key), "task": "image_captioning"})
        captions.append(str(output).removeprefix("Caption: "))
    logger.info("captioned %d figures for document %s", len(captions), document_id)
    return captions


@celery.task
def build_mistral_index(document_id: int) -> int:
    """Secondary index for tenants in the EU data-residency programme."""
    document = db.session.get(Document, document_id)
    chunks = chunk_text(document.text or "", size=800, overlap=100)
    mistral = get_provider("mistral")
    stored = 0
    for start, batch in batched(chunks, 32):
        response = mistral.client.embeddings.create(model=mistral.embedding_model, inputs=list(batch))
        for offset, item in enumerate(response.data):
            db.session.add(
                DocumentChunk(
                    document_id=document.id,
                    tenant_id=document.tenant_id,
                    ordinal=start + offset,
                    text=batch[offset],
                    embedding=item.embedding,
                    embedding_model="mistral-embed",
                )
            )
            stored += 1
    db.session.commit()
    return stored


@celery.task
def backfill_legacy_embeddings(limit: int = 500) -> int:
    """Re-embed chunks still on the v1 index so old tenants keep search working."""
    rows = (
        DocumentChunk.query.filter(DocumentChunk.embedding_model == "text-embedding-ada-002")
        .order_by(DocumentChunk.id)
        .limit(limit)
        .all()
    )
    for _, batch in batched(rows, 100):
        response = legacy_client.embeddings.create(model="text-embedding-ada-002", input=[r.text for r in batch])
        for row, item in zip(batch, response.data):
            row.embedding = item.embedding
    db.session.commit()
    return len(rows)
