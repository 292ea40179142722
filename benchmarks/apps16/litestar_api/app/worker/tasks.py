"""SAQ jobs. Each takes the worker ctx populated in app.worker.settings.startup."""
from __future__ import annotations

import asyncio
import io
import logging
import uuid
from typing import Any, Dict, List

from pypdf import PdfReader
from sqlalchemy import select

from app.config import get_settings
from app.db.models import Document, DocumentChunk, DocumentKind
from app.db.repositories import ChunkRepository, DocumentRepository, TranscriptRepository
from app.db.session import session_scope
from app.legacy import docketbot
from app.services import transcription
from app.services.embeddings import EmbeddingService
from app.services.llm_usage_tracker import llm_tracker
from app.services.summarization import summarize_deposition
from app.utils.text import chunk_text, normalize, truncate

logger = logging.getLogger(__name__)

CLASSIFY_SYSTEM = (
    "Classify the legal document into exactly one of: contract, pleading, correspondence, deposition, other. "
    "Answer with the single word."
)


def _pdf_text(data: bytes) -> tuple:
    reader = PdfReader(io.BytesIO(data))
    pages = [page.extract_text() or "" for page in reader.pages]
    return normalize("\n\n".join(pages)), len(pages)


async def ingest_document(ctx: Dict[str, Any], *, document_id: str) -> Dict[str, Any]:
    settings = get_settings()
    async with session_scope() as session:
        docs = DocumentRepository(session)
        doc = await docs.get(uuid.UUID(document_id))
        obj = await asyncio.to_thread(ctx["s3"].get_object, Bucket=settings.documents_bucket, Key=doc.s3_key)
        data = obj["Body"].read()
        if doc.content_type == "application/pdf":
            text, pages = await asyncio.to_thread(_pdf_text, data)
        else:
            text, pages = normalize(data.decode("utf-8", errors="replace")), None

        chunks = chunk_text(text)
        service = EmbeddingService(client=ctx["voyage"])
        if len(chunks) <= 32:
            vectors = await asyncio.to_thread(service.embed_document_in_context, chunks)
        else:
            vectors = await asyncio.to_thread(service.embed_documents, chunks)

        await ChunkRepository(session).create_many(
            [{"document_id": doc.id, "ordinal": i, "text": c, "embedding": v} for i, (c, v) in enumerate(zip(chunks, vectors))]
        )
        await docs.update(doc, text=text, page_count=pages, ingest_status="embedded")

    if doc.kind == DocumentKind.DEPOSITION:
        await ctx["queue"].enqueue("summarize_deposition_job", document_id=document_id, timeout=1800)
    return {"chunks": len(chunks)}


async def reindex_matter(ctx: Dict[str, Any], *, matter_id: str, model: str = "") -> int:
    """Re-embed every chunk of a matter (after a model upgrade)."""
    settings = get_settings()
    model = model or settings.voyage_embed_model
    voyage = ctx["voyage"]
    async with session_scope() as session:
        rows = (
            await session.scalars(
                select(DocumentChunk).join(Document).where(Document.matter_id == uuid.UUID(matter_id))
            )
        ).all()
        for start in range(0, len(rows), settings.embed_batch_size):
            batch = rows[start : start + settings.embed_batch_size]
            result = await asyncio.to_thread(
                lambda: voyage.embed([c.text for c in batch], model=model, input_type="document")
            )
            for chunk, vec in zip(batch, result.embeddings):
                chunk.embedding = vec
        logger.info("reindexed %d chunks for matter %s with %s", len(rows), matter_id, model)
    return len(rows)


async def summarize_deposition_job(ctx: Dict[str, Any], *, document_id: str) -> None:
    settings = get_settings()
    async with session_scope() as session:
        doc = await DocumentRepository(session).get(uuid.UUID(document_id))
        if doc.content_type.startswith("audio/"):
            obj = await asyncio.to_thread(ctx["s3"].get_object, Bucket=settings.documents_bucket, Key=doc.s3_key)
            result = await transcription.transcribe(doc.filename, obj["Body"].read())
            text, segments, language = result.text, result.segments, result.language
        else:
            text, segments, language = doc.text or "", [], "en"

        summary = await summarize_deposition(text, matter_id=str(doc.matter_id))
        await TranscriptRepository(session).create(
            document_id=doc.id, language=language, text=text, segments=segments, summary=summary
        )


async def deposition_key_facts(ctx: Dict[str, Any], *, document_id: str) -> List[str]:
    """Short list of key facts for the matter dashboard, on Claude Haiku."""
    settings = get_settings()
    async with session_scope() as session:
        doc = await DocumentRepository(session).get(uuid.UUID(document_id))
        prompt = "List the 5-8 most important factual admissions, one per line:\n\n" + truncate(doc.text or "", 80_000)
        async with llm_tracker.track_llm_call(
            provider="bedrock",
            model=settings.bedrock_haiku_model_id,
            feature_context="deposition_key_facts",
            matter_id=str(doc.matter_id),
        ) as usage_log:
            response = await asyncio.to_thread(
                ctx["bedrock"].converse,
                modelId=settings.bedrock_haiku_model_id,
                messages=[{"role": "user", "content": [{"text": prompt}]}],
                inferenceConfig={"maxTokens": 800, "temperature": 0},
            )
            usage_log.input_tokens = response["usage"]["inputTokens"]
            usage_log.output_tokens = response["usage"]["outputTokens"]
    text = "".join(b.get("text", "") for b in response["output"]["message"]["content"])
    return [line.lstrip("-• ").strip() for line in text.splitlines() if line.strip()]


def _classify_one(client, deployment: str, text: str) -> str:
    resp = client.chat.completions.create(
        model=deployment,
        messages=[
            {"role": "system", "content": CLASSIFY_SYSTEM},
            {"role": "user", "content": truncate(text, 8000)},
        ],
        temperature=0,
        max_tokens=5,
    )
    label = (resp.choices[0].message.content or "other").strip().lower()
    return label if label in DocumentKind._value2member_map_ else "other"


async def classify_documents(ctx: Dict[str, Any], *, matter_id: str) -> Dict[str, str]:
    settings = get_settings()
    out: Dict[str, str] = {}
    async with session_scope() as session:
        repo = DocumentRepository(session)
        for doc in await repo.list_for_matter(uuid.UUID(matter_id)):
            if doc.kind != DocumentKind.OTHER or not doc.text:
                continue
            label = await asyncio.to_thread(_classify_one, ctx["azure"], settings.azure_mini_deployment, doc.text)
            await repo.update(doc, kind=DocumentKind(label))
            out[str(doc.id)] = label
    return out


async def process_docket_email(ctx: Dict[str, Any], *, body: str) -> Dict[str, Any]:
    return await asyncio.to_thread(docketbot.process_nef, body)
