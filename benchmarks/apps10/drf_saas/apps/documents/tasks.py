import json
import logging
from concurrent.futures import ThreadPoolExecutor, as_completed

from celery import shared_task
from django.conf import settings
from django.db import transaction

from services import storage
from services.ai.clients import get_bedrock_runtime, get_cohere_client, get_voyage_client
from services.ai.embeddings import embed_documents

from .models import Document, DocumentChunk

logger = logging.getLogger(__name__)

CHUNK_CHARS = 2_000
CHUNK_OVERLAP = 200
SUMMARY_PROMPT = (
    "Summarise the following business document for a busy account manager. "
    "Use at most five bullet points and keep names, amounts and dates exact.\n\n<document>\n{text}\n</document>"
)


def split_text(text, size=CHUNK_CHARS, overlap=CHUNK_OVERLAP):
    chunks, start = [], 0
    while start < len(text):
        chunks.append(text[start:start + size])
        start += size - overlap
    return chunks


@shared_task(bind=True, autoretry_for=(ConnectionError,), retry_backoff=True, max_retries=5)
def index_document(self, document_id):
    doc = Document.objects.select_related("tenant").get(pk=document_id)
    doc.status = Document.Status.PROCESSING
    doc.save(update_fields=["status"])

    chunks = split_text(doc.text)
    vectors = embed_documents(doc.tenant, chunks)
    with transaction.atomic():
        DocumentChunk.objects.filter(document=doc).delete()
        DocumentChunk.objects.bulk_create(
            DocumentChunk(tenant=doc.tenant, document=doc, ordinal=i, text=t, embedding=v)
            for i, (t, v) in enumerate(zip(chunks, vectors))
        )
    summarize_document.delay(document_id)


@shared_task(bind=True, max_retries=3, default_retry_delay=30)
def summarize_document(self, document_id):
    doc = Document.objects.get(pk=document_id)
    runtime = get_bedrock_runtime()
    body = {
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": 600,
        "temperature": 0.1,
        "messages": [{"role": "user", "content": SUMMARY_PROMPT.format(text=doc.text[:60_000])}],
    }
    try:
        response = runtime.invoke_model(
            modelId=settings.BEDROCK_MODELS["claude_fast"],
            body=json.dumps(body),
            contentType="application/json",
            accept="application/json",
        )
    except runtime.exceptions.ThrottlingException as exc:
        raise self.retry(exc=exc)
    payload = json.loads(response["body"].read())
    doc.summary = "".join(block["text"] for block in payload["content"] if block["type"] == "text")
    doc.status = Document.Status.READY
    doc.save(update_fields=["summary", "status"])
    storage.put_text(doc.tenant_id, f"documents/{doc.pk}/summary.md", doc.summary, "text/markdown")


@shared_task
def reembed_cohere_tenant(tenant_id, batch_size=96, workers=4):
    """One-off after Cohere's embed-v3 migration; runs on the batch queue."""
    co = get_cohere_client()
    chunks = list(
        DocumentChunk.objects.filter(tenant_id=tenant_id).order_by("pk").values_list("pk", "text")
    )
    batches = [chunks[i:i + batch_size] for i in range(0, len(chunks), batch_size)]
    updated = 0
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {
            pool.submit(
                co.embed,
                model=settings.COHERE_EMBED_MODEL,
                input_type="search_document",
                texts=[text for _, text in batch],
                embedding_types=["float"],
            ): batch
            for batch in batches
        }
        for future in as_completed(futures):
            batch = futures[future]
            vectors = future.result().embeddings.float_
            for (pk, _), vec in zip(batch, vectors):
                DocumentChunk.objects.filter(pk=pk).update(embedding=vec)
            updated += len(batch)
    logger.info("re-embedded %s chunks for tenant %s", updated, tenant_id)
    return updated


@shared_task(rate_limit="30/m")
def backfill_contextual_embeddings(document_id):
    """voyage-context-3 embeds every chunk with the whole document as context."""
    doc = Document.objects.select_related("tenant").get(pk=document_id)
    if doc.tenant.embedding_provider != "voyage":
        return 0
    chunks = list(doc.chunks.order_by("ordinal"))
    result = get_voyage_client().contextualized_embed(
        inputs=[[c.text for c in chunks]],
        model="voyage-context-3",
        input_type="document",
        output_dimension=1024,
    )
    for chunk, vector in zip(chunks, result.results[0].embeddings):
        chunk.embedding = vector
    DocumentChunk.objects.bulk_update(chunks, ["embedding"], batch_size=500)
    return len(chunks)


@shared_task
def export_chunks(document_id):
    doc = Document.objects.get(pk=document_id)
    texts = list(doc.chunks.values_list("ordinal", "text"))
    with ThreadPoolExecutor(max_workers=4) as pool:
        for ordinal, text in texts:
            pool.submit(storage.put_text, doc.tenant_id, f"documents/{doc.pk}/chunks/{ordinal:04d}.txt", text)
