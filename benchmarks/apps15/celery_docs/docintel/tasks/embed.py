"""Chunk + embed documents for retrieval."""
import logging
from typing import List, Tuple

import openai
from sqlalchemy import text as sql

from docintel.celery_app import app
from docintel.core.db import session_scope
from docintel.core.settings import settings
from docintel.core.worker_clients import get_clients
from docintel.models import Chunk, DocStatus, Document, DocType
from docintel.services.embeddings import model_for_doc_type, token_batches
from docintel.tasks.base import DocTask
from docintel.utils import call_with_retry, chunk_text

log = logging.getLogger(__name__)

# contracts reference clauses across the whole document, so chunk embeddings
# are computed with document context (voyage-context-3)
CONTEXTUAL_DOC_TYPES = {DocType.CONTRACT}
MAX_CONTEXT_CHUNKS = 1000


def _store(document_id: str, chunks: List[str], vectors: List[List[float]], model: str) -> None:
    with session_scope() as session:
        session.query(Chunk).filter_by(document_id=document_id).delete()
        for i, (text, vec) in enumerate(zip(chunks, vectors)):
            session.add(Chunk(document_id=document_id, ordinal=i, text=text, embedding_model=model, embedding=vec))
        session.flush()
        session.execute(
            sql("UPDATE chunks SET vector = CAST(embedding::text AS vector) WHERE document_id = :d"),
            {"d": document_id},
        )
        session.get(Document, document_id).status = DocStatus.INDEXED


def _voyage_vectors(task: DocTask, chunks: List[str], doc_type: DocType) -> Tuple[List[List[float]], str]:
    if doc_type in CONTEXTUAL_DOC_TYPES and len(chunks) <= MAX_CONTEXT_CHUNKS:
        model = settings.voyage_context_model
        result = task.voyage.contextualized_embed(inputs=[chunks], model=model, input_type="document")
        return result.results[0].embeddings, model

    model = model_for_doc_type(doc_type.value)
    vectors: List[List[float]] = []
    for batch in token_batches(chunks, model):
        result = task.voyage.embed(batch, model=model, input_type="document")
        vectors.extend(result.embeddings)
    return vectors, model


@app.task(bind=True, base=DocTask, name="docintel.tasks.embed.embed_document", soft_time_limit=600)
def embed_document(self, document_id: str) -> int:
    with session_scope() as session:
        doc = session.get(Document, document_id)
        text, doc_type = doc.full_text, doc.doc_type
        residency = doc.tenant.data_residency

    chunks = chunk_text(text)
    if not chunks:
        log.info("nothing to embed for %s", document_id)
        return 0

    if residency:
        # data may not leave the EU-hosted IBM tenancy
        model = settings.watsonx_embedding_model
        vectors = get_clients().watsonx_embeddings().embed_documents(texts=chunks)
    else:
        vectors, model = _voyage_vectors(self, chunks, doc_type)

    _store(document_id, chunks, vectors, model)
    return len(chunks)


@app.task(bind=True, base=DocTask, name="docintel.tasks.embed.embed_document_legacy", soft_time_limit=600)
def embed_document_legacy(self, document_id: str) -> int:
    """Old Azure index (text-embedding-3-large, 3072 dims). Still queried by the
    underwriting search until they migrate; remove after Q3."""
    with session_scope() as session:
        text = session.get(Document, document_id).full_text

    chunks = chunk_text(text, max_chars=6000, overlap=0)
    vectors: List[List[float]] = []
    for start in range(0, len(chunks), 64):
        response = call_with_retry(
            self.azure.embeddings.create,
            input=chunks[start:start + 64],
            model=settings.azure_embedding_deployment,
            retry_on=(openai.RateLimitError, openai.APITimeoutError),
        )
        vectors.extend(d.embedding for d in response.data)

    with session_scope() as session:
        for i, (chunk, vec) in enumerate(zip(chunks, vectors)):
            session.add(Chunk(document_id=document_id, ordinal=10_000 + i, text=chunk,
                              embedding_model=settings.azure_embedding_deployment, embedding=vec))
    return len(vectors)
