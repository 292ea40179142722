import asyncio
import logging
import uuid

from sqlmodel import Session, select

from app import crud
from app.core.config import settings
from app.core.db import engine
from app.models import Document, DocumentStatus, Tenant
from app.services.notifications import alert_ops
from app.utils import split_into_chunks

logger = logging.getLogger(__name__)

CHUNK_TOKENS = 400
EMBED_BATCH = 64

SUMMARY_PROMPT = (
    "Summarise this document for a busy operations team in 3-6 bullet points. "
    "Keep amounts, dates and names exactly. Language: {language}."
)


async def _summarize(ctx: dict, text: str, language: str) -> str:
    resp = await ctx["azure"].chat.completions.create(
        model=settings.AZURE_OPENAI_MINI_DEPLOYMENT,
        messages=[
            {"role": "system", "content": SUMMARY_PROMPT.format(language=language)},
            {"role": "user", "content": text[:48_000]},
        ],
        temperature=0.1,
        max_tokens=500,
    )
    return resp.choices[0].message.content or ""


async def _embed_chunks(ctx: dict, chunks: list[str]) -> list[list[float]]:
    vectors: list[list[float]] = []
    for i in range(0, len(chunks), EMBED_BATCH):
        result = await ctx["voyage"].embed(
            chunks[i : i + EMBED_BATCH],
            model=settings.VOYAGE_EMBED_MODEL,
            input_type="document",
            output_dimension=settings.EMBEDDING_DIM,
        )
        vectors.extend(result.embeddings)
    return vectors


async def process_document(ctx: dict, document_id: str) -> dict:
    with Session(engine) as session:
        document = session.get(Document, uuid.UUID(document_id))
        if document is None:
            logger.warning("document %s vanished before processing", document_id)
            return {"status": "missing"}
        tenant = session.get(Tenant, document.tenant_id)
        language = tenant.language if tenant else "en"
        crud.documents.set_status(session=session, document=document, status=DocumentStatus.processing)

        try:
            chunks = split_into_chunks(document.body, max_tokens=CHUNK_TOKENS, overlap_tokens=40)
            summary, vectors = await asyncio.gather(
                _summarize(ctx, document.body, language),
                _embed_chunks(ctx, chunks),
            )
            crud.documents.replace_chunks(
                session=session, document=document, chunks=chunks, embeddings=vectors
            )
            crud.documents.set_status(
                session=session, document=document, status=DocumentStatus.ready, summary=summary
            )
        except Exception:
            logger.exception("processing failed for %s", document_id)
            crud.documents.set_status(session=session, document=document, status=DocumentStatus.failed)
            alert_ops(f"document processing failed: {document_id}", severity="error")
            raise
    return {"status": "ready", "chunks": len(chunks)}


async def reindex_tenant(ctx: dict, tenant_id: str) -> dict:
    """Re-embed every chunk of a tenant, e.g. after switching embedding model."""
    voyage = ctx["voyage"]
    tid = uuid.UUID(tenant_id)
    total = 0
    with Session(engine) as session:
        docs = session.exec(
            select(Document).where(Document.tenant_id == tid, Document.status == DocumentStatus.ready)
        ).all()
        for document in docs:
            chunks = split_into_chunks(document.body, max_tokens=CHUNK_TOKENS, overlap_tokens=40)
            batches = [chunks[i : i + EMBED_BATCH] for i in range(0, len(chunks), EMBED_BATCH)]
            results = await asyncio.gather(
                *[voyage.embed(b, model=settings.VOYAGE_EMBED_MODEL, input_type="document") for b in batches]
            )
            vectors = [v for r in results for v in r.embeddings]
            total += crud.documents.replace_chunks(
                session=session, document=document, chunks=chunks, embeddings=vectors
            )
    logger.info("reindexed tenant %s: %d chunks", tenant_id, total)
    return {"chunks": total}
