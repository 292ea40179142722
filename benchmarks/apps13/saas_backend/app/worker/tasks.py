"""Document jobs: indexing, summaries, digests."""
from __future__ import annotations

import io
import json
import logging
import uuid
from datetime import timedelta

from sqlmodel import Session, col, select

from app import crud
from app.core.config import settings
from app.core.db import engine
from app.models import Document, DocumentChunk, DocumentStatus, Tenant, User, utcnow
from app.services.embeddings import AzureEmbedder
from app.services.llm_usage_tracker import llm_tracker
from app.services.summaries import get_summary_service
from app.utils import chunk_text, send_slack_alert

logger = logging.getLogger(__name__)

# voyage-context-3 embeds chunks with awareness of the whole document; worth it
# for long docs where chunks lose context ("the company", "this clause"...)
CONTEXTUAL_MIN_CHUNKS = 8
CONTEXTUAL_MAX_CHUNKS = 1000


async def index_document(ctx: dict, document_id: str) -> int:
    voyage = ctx["voyage"]
    with Session(engine) as session:
        doc = session.get(Document, uuid.UUID(document_id))
        if doc is None:
            logger.warning("index_document: %s vanished", document_id)
            return 0
        doc.status = DocumentStatus.indexing
        session.add(doc)
        session.commit()

        texts = chunk_text(f"{doc.title}\n\n{doc.body}")
        try:
            if CONTEXTUAL_MIN_CHUNKS <= len(texts) <= CONTEXTUAL_MAX_CHUNKS:
                result = await voyage.contextualized_embed(
                    inputs=[texts],
                    model=settings.VOYAGE_CONTEXT_MODEL,
                    input_type="document",
                    output_dimension=settings.EMBEDDING_DIM,
                )
                vectors = result.results[0].embeddings
                model_name = f"voyage/{settings.VOYAGE_CONTEXT_MODEL}"
            else:
                result = await voyage.embed(
                    texts,
                    model=settings.VOYAGE_EMBED_MODEL,
                    input_type="document",
                    output_dimension=settings.EMBEDDING_DIM,
                )
                vectors = result.embeddings
                model_name = f"voyage/{settings.VOYAGE_EMBED_MODEL}"
        except Exception:
            doc.status = DocumentStatus.failed
            session.add(doc)
            session.commit()
            raise

        chunks = [
            DocumentChunk(
                document_id=doc.id,
                tenant_id=doc.tenant_id,
                ordinal=i,
                text=t,
                embedding=v,
                embedding_model=model_name,
            )
            for i, (t, v) in enumerate(zip(texts, vectors))
        ]
        crud.document.replace_chunks(session, doc=doc, chunks=chunks)
        doc.status = DocumentStatus.ready
        session.add(doc)
        session.commit()
        logger.info("indexed %s: %d chunks with %s", document_id, len(chunks), model_name)
        return len(chunks)


async def reindex_tenant(ctx: dict, tenant_id: str, legacy: bool = False) -> int:
    """Re-embed every document of a tenant. ``legacy=True`` keeps the old Azure
    vectors (for tenants on the pre-Voyage search index)."""
    with Session(engine) as session:
        docs = session.exec(select(Document).where(Document.tenant_id == uuid.UUID(tenant_id))).all()
        if not legacy:
            for doc in docs:
                await ctx["redis"].enqueue_job("index_document", str(doc.id))
            return len(docs)

        embedder = AzureEmbedder()
        for doc in docs:
            texts = chunk_text(f"{doc.title}\n\n{doc.body}")
            vectors = await embedder.embed_documents(texts)
            crud.document.replace_chunks(
                session,
                doc=doc,
                chunks=[
                    DocumentChunk(
                        document_id=doc.id,
                        tenant_id=doc.tenant_id,
                        ordinal=i,
                        text=t,
                        embedding=v,
                        embedding_model=embedder.model_name,
                    )
                    for i, (t, v) in enumerate(zip(texts, vectors))
                ],
            )
        return len(docs)


async def summarize_document(ctx: dict, document_id: str) -> None:
    service = get_summary_service()
    with Session(engine) as session:
        doc = session.get(Document, uuid.UUID(document_id))
        if doc is None:
            return
        summary = await service.summarize(doc.title, doc.body)
        points = await service.key_points(doc.title, doc.body)

        # one-line teaser for the document card; cheap model
        teaser = await ctx["azure"].chat.completions.create(
            model=settings.AZURE_OPENAI_MINI_DEPLOYMENT,
            messages=[
                {"role": "system", "content": "Rewrite the summary as a single teaser sentence under 20 words."},
                {"role": "user", "content": summary},
            ],
            max_tokens=40,
        )
        teaser_text = (teaser.choices[0].message.content or "").strip()
        crud.document.set_summary(
            session,
            doc=doc,
            summary=f"{teaser_text}\n\n{summary}" if teaser_text else summary,
            key_points=points.points + [f"TODO: {a}" for a in points.action_items],
        )


async def weekly_digest(ctx: dict) -> None:
    """Monday email: what changed in each workspace last week."""
    since = utcnow() - timedelta(days=7)
    with Session(engine) as session:
        tenants = session.exec(select(Tenant).where(Tenant.ai_features_enabled == True)).all()  # noqa: E712
        for tenant in tenants:
            docs = session.exec(
                select(Document)
                .where(Document.tenant_id == tenant.id, col(Document.created_at) >= since)
                .limit(50)
            ).all()
            if not docs:
                continue
            listing = "\n".join(f"- {d.title}: {(d.summary or '')[:300]}" for d in docs)
            async with llm_tracker.track_llm_call(
                provider="azure_openai",
                model=settings.AZURE_OPENAI_MINI_DEPLOYMENT,
                feature_context="weekly_digest",
                tenant_id=tenant.id,
            ) as usage_log:
                resp = await ctx["azure"].chat.completions.create(
                    model=settings.AZURE_OPENAI_MINI_DEPLOYMENT,
                    messages=[
                        {"role": "system", "content": "Write a short, friendly weekly digest email body."},
                        {"role": "user", "content": f"Workspace: {tenant.name}\nNew documents:\n{listing}"},
                    ],
                )
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
            recipients = session.exec(select(User.email).where(User.tenant_id == tenant.id)).all()
            await ctx["redis"].enqueue_job(
                "send_email",
                recipients,
                f"{tenant.name}: your week in review",
                resp.choices[0].message.content,
            )


async def submit_summary_backfill(ctx: dict, limit: int = 5000) -> str | None:
    """Nightly: summarise documents that never got a summary, through the Azure
    Batch API (half price, 24h turnaround). Results are collected by
    ``collect_summary_backfill`` (runs from the ops box, see scripts/)."""
    client = ctx["azure"]
    with Session(engine) as session:
        docs = session.exec(
            select(Document).where(Document.summary == None).limit(limit)  # noqa: E711
        ).all()
    if not docs:
        return None

    lines = []
    for doc in docs:
        lines.append(
            json.dumps(
                {
                    "custom_id": str(doc.id),
                    "method": "POST",
                    "url": "/chat/completions",
                    "body": {
                        "model": settings.AZURE_OPENAI_BATCH_DEPLOYMENT,
                        "messages": [
                            {"role": "system", "content": "Summarise the document in at most 150 words."},
                            {"role": "user", "content": f"# {doc.title}\n\n{doc.body[:30_000]}"},
                        ],
                    },
                }
            )
        )
    payload = io.BytesIO("\n".join(lines).encode())
    payload.name = "summary-backfill.jsonl"
    batch_file = await client.files.create(file=payload, purpose="batch")
    batch = await client.batches.create(
        input_file_id=batch_file.id,
        endpoint="/chat/completions",
        completion_window="24h",
        metadata={"job": "summary_backfill"},
    )
    logger.info("submitted summary backfill batch %s (%d docs)", batch.id, len(docs))
    send_slack_alert(f"Summary backfill batch {batch.id} submitted for {len(docs)} documents")
    return batch.id
