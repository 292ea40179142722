import logging
from concurrent.futures import ThreadPoolExecutor, as_completed

from sqlalchemy import select

from docproc.celery_app import celery_app
from docproc.clients import get_openai_client
from docproc.db import session_scope
from docproc.models import Document, DocumentChunk, DocumentStatus
from docproc.services.embedding_service import EmbeddingService
from docproc.settings import settings
from docproc.utils.storage import put_artifact
from docproc.utils.text import batched

logger = logging.getLogger(__name__)

REEMBED_BATCH = 200
REEMBED_WORKERS = 4


@celery_app.task(name="docproc.tasks.embed.embed_document_chunks", bind=True, max_retries=3)
def embed_document_chunks(self, document_id: int) -> int:
    service = EmbeddingService()
    with session_scope() as session:
        doc = Document.get_or_404(session, document_id)
        chunks = [c for c in doc.chunks if c.embedding is None]
        if not chunks:
            return 0
        try:
            vectors = service.embed_documents([c.text for c in chunks])
        except Exception as exc:
            raise self.retry(exc=exc, countdown=60)
        for chunk, vector in zip(chunks, vectors):
            chunk.embedding = vector
            chunk.embedding_model = service.model_name
        doc.status = DocumentStatus.INDEXED
        return len(chunks)


@celery_app.task(name="docproc.tasks.embed.reembed_matter_openai", soft_time_limit=3600)
def reembed_matter_openai(matter_id: int) -> int:
    """Re-embed every chunk of a matter with the OpenAI model.

    Only for tenants pinned to OpenAI embeddings (contractual data-residency).
    Runs several requests in parallel; the service class is strictly sequential.
    """
    client = get_openai_client()
    with session_scope() as session:
        rows = session.execute(
            select(DocumentChunk.id, DocumentChunk.text)
            .join(Document)
            .where(Document.matter_id == matter_id)
            .order_by(DocumentChunk.id)
        ).all()
        batches = list(batched(rows, REEMBED_BATCH))

        updated = 0
        with ThreadPoolExecutor(max_workers=REEMBED_WORKERS) as pool:
            futures = {
                pool.submit(
                    client.embeddings.create,
                    model=settings.openai_embedding_model,
                    input=[text for _, text in batch],
                    dimensions=settings.openai_embedding_dims,
                ): batch
                for batch in batches
            }
            for future in as_completed(futures):
                batch = futures[future]
                response = future.result()
                for (chunk_id, _), item in zip(batch, response.data):
                    chunk = session.get(DocumentChunk, chunk_id)
                    chunk.embedding = item.embedding
                    chunk.embedding_model = settings.openai_embedding_model
                    updated += 1

    logger.info("re-embedded %d chunks for matter %s", updated, matter_id)
    return updated


@celery_app.task(name="docproc.tasks.embed.export_matter_vectors")
def export_matter_vectors(matter_id: int) -> int:
    """Dump vectors to S3 for the offline evaluation notebooks."""
    with session_scope() as session:
        rows = session.execute(
            select(DocumentChunk.id, DocumentChunk.document_id, DocumentChunk.embedding)
            .join(Document)
            .where(Document.matter_id == matter_id, DocumentChunk.embedding.is_not(None))
        ).all()

    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = [
            pool.submit(
                put_artifact,
                f"vectors/{matter_id}/part-{i:04d}.json",
                [{"id": r.id, "document_id": r.document_id, "v": list(r.embedding)} for r in part],
            )
            for i, part in enumerate(batched(rows, 5000))
        ]
        for f in futures:
            f.result()
    return len(rows)
