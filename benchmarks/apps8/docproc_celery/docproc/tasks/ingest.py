import logging

from celery import chain, group

from docproc.celery_app import celery_app
from docproc.db import session_scope
from docproc.errors import ExtractionError, UnsupportedFileType
from docproc.models import Document, DocumentChunk, DocumentStatus, ProcessingJob
from docproc.settings import settings
from docproc.utils.extraction import extract_text, looks_scanned
from docproc.utils.storage import download_document, put_artifact
from docproc.utils.text import chunk_text, normalize

logger = logging.getLogger(__name__)


@celery_app.task(bind=True, name="docproc.tasks.ingest.ingest_document", max_retries=3, default_retry_delay=30)
def ingest_document(self, document_id: int) -> int:
    with session_scope() as session:
        doc = Document.get_or_404(session, document_id)
        job = ProcessingJob.create(session, document_id=doc.id, kind="ingest", celery_task_id=self.request.id)
        try:
            raw = download_document(doc.s3_key)
            text, pages = extract_text(raw, doc.mime_type)
        except UnsupportedFileType as exc:
            doc.mark_failed(f"unsupported file type {exc}")
            job.finish(ok=False, detail=str(exc))
            return doc.id
        except ExtractionError as exc:
            doc.mark_failed(str(exc))
            job.finish(ok=False, detail=str(exc))
            raise

        text = normalize(text)
        doc.text = text
        doc.page_count = pages or None
        doc.chunks.clear()
        for chunk in chunk_text(text, max_tokens=settings.max_chunk_tokens):
            doc.chunks.append(
                DocumentChunk(ordinal=chunk.ordinal, text=chunk.text, token_count=chunk.token_count)
            )
        doc.status = DocumentStatus.EXTRACTED
        put_artifact(f"extracted/{doc.matter_id}/{doc.id}.json", {"text": text, "pages": pages})
        job.finish(ok=True, detail=f"{len(doc.chunks)} chunks")

        scanned = looks_scanned(text, pages)
        logger.info("document %s extracted: %d pages, %d chunks, scanned=%s", doc.id, pages, len(doc.chunks), scanned)

    _fan_out(document_id)
    return document_id


def _fan_out(document_id: int) -> None:
    # Imports here to avoid circular task-module imports at worker start.
    from docproc.tasks.classify import classify_document, extract_parties
    from docproc.tasks.embed import embed_document_chunks
    from docproc.tasks.summarize import generate_headnote, summarize_document

    chain(
        classify_document.si(document_id),
        group(
            summarize_document.si(document_id),
            embed_document_chunks.si(document_id),
            extract_parties.si(document_id),
        ),
        generate_headnote.si(document_id),
    ).apply_async()
