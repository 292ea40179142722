import asyncio
import logging

from docproc.celery_app import celery_app
from docproc.db import session_scope
from docproc.integrations.clio import ClioClient
from docproc.models import Document, DocumentStatus
from docproc.prompts import HEADNOTE_INSTRUCTIONS
from docproc.services.multi_model_service import TaskComplexity, multi_model_service
from docproc.services.summarizer import DocumentSummarizer
from docproc.clients import get_openai_client
from docproc.settings import settings
from docproc.utils.text import truncate_tokens

logger = logging.getLogger(__name__)

COURT_DOC_TYPES = {"complaint", "answer", "motion", "court_order"}


@celery_app.task(name="docproc.tasks.summarize.summarize_document", bind=True, max_retries=2)
def summarize_document(self, document_id: int) -> None:
    with session_scope() as session:
        doc = Document.get_or_404(session, document_id)
        chunks = [c.text for c in doc.chunks]
        if not chunks:
            logger.warning("document %s has no chunks; skipping summary", document_id)
            return
        try:
            doc.summary = DocumentSummarizer().summarize_document(
                chunks, filename=doc.filename, doc_type=doc.doc_type or "unknown"
            )
        except Exception as exc:
            raise self.retry(exc=exc, countdown=120)
        doc.status = DocumentStatus.SUMMARIZED
        clio_matter_id = doc.matter.clio_matter_id
        summary = doc.summary

    if clio_matter_id and settings.clio_api_token:
        clio = ClioClient()
        try:
            clio.create_note(clio_matter_id, subject=f"Summary: {doc.filename}", detail=summary)
        finally:
            clio.close()


@celery_app.task(name="docproc.tasks.summarize.generate_headnote")
def generate_headnote(document_id: int) -> None:
    with session_scope() as session:
        doc = Document.get_or_404(session, document_id)
        if doc.doc_type not in COURT_DOC_TYPES:
            return
        client = get_openai_client()
        response = client.responses.create(
            model=settings.openai_summary_model,
            instructions=HEADNOTE_INSTRUCTIONS,
            input=truncate_tokens(doc.text or "", 20_000),
            max_output_tokens=300,
        )
        doc.headnote = response.output_text.strip()


@celery_app.task(name="docproc.tasks.summarize.short_abstract")
def short_abstract(document_id: int) -> str:
    """Two-sentence abstract for the matter dashboard cards."""
    with session_scope() as session:
        doc = Document.get_or_404(session, document_id)
        source = doc.summary or truncate_tokens(doc.text or "", 4000)
        matter_id = doc.matter_id

    abstract = asyncio.run(
        multi_model_service.generate_response(
            prompt=f"Write a two-sentence abstract of this document summary:\n\n{source}",
            task_type="dashboard_abstract",
            complexity=TaskComplexity.SIMPLE,
            max_tokens=150,
            matter_id=matter_id,
        )
    )
    return abstract.strip()
