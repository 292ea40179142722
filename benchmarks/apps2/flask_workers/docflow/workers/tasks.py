"""Document processing pipeline tasks."""
from __future__ import annotations

import json
import logging

from google.genai import types

from docflow.clients import genai_client as gclient
from docflow.config import settings
from docflow.extensions import celery, db
from docflow.integrations import download_document, enqueue_export, post_to_slack, report_page_usage, send_sms
from docflow.legacy import run_batch
from docflow.models import Document, DocumentChunk
from docflow.providers import get_provider, with_retry
from docflow.services.analysis import classify_document, extract_fields, suggest_title
from docflow.services.embedding_pool import embed_chunks
from docflow.utils import chunk_text

logger = logging.getLogger(__name__)

SUMMARY_CHAIN = ("bedrock", "google", "mistral", "cohere")

INVOICE_SYSTEM = (
    "You extract invoice data. Reply with JSON only: vendor, invoice_number, invoice_date, "
    "due_date, currency, subtotal, tax, total, and line_items (description, quantity, unit_price, amount)."
)


def _load(document_id: int) -> Document:
    document = db.session.get(Document, document_id)
    if document is None:
        raise LookupError(f"document {document_id} not found")
    return document


def ocr_document(document: Document, raw: bytes) -> str:
    response = gclient.models.generate_content(
        model=settings.gemini_model,
        contents=[
            types.Part.from_bytes(data=raw, mime_type=document.mime_type),
            "Transcribe all text in this document. Preserve table rows as tab-separated lines.",
        ],
        config=types.GenerateContentConfig(temperature=0),
    )
    return response.text or ""


@celery.task(bind=True, max_retries=3, default_retry_delay=30)
def process_document(self, document_id: int) -> None:
    document = _load(document_id)
    document.update(status="processing")
    try:
        text = ocr_document(document, download_document(document.s3_key))
    except Exception as exc:
        document.update(status="ocr_failed")
        raise self.retry(exc=exc)

    if get_provider("openai").moderate(text):
        document.update(status="quarantined", text=text)
        post_to_slack(f"Document {document.id} quarantined by moderation")
        return

    document.update(text=text)
    classification = classify_document(document)
    document.update(
        title=suggest_title(document),
        doc_type=classification.doc_type,
        status="classified",
    )
    if document.doc_type == "invoice":
        extract_invoice_fields.delay(document.id)
    elif document.doc_type in ("contract", "purchase_order"):
        extract_custom_fields.delay(document.id)
    embed_document.delay(document.id)
    find_duplicates.delay(document.id)
    if document.tenant.stripe_customer_id:
        report_page_usage(document.tenant.stripe_customer_id, document.page_count or 1)


@celery.task
def extract_invoice_fields(document_id: int) -> None:
    document = _load(document_id)
    bedrock = get_provider("bedrock")
    response = bedrock.client.converse(
        modelId=bedrock.model,
        system=[{"text": INVOICE_SYSTEM}],
        messages=[{"role": "user", "content": [{"text": (document.text or "")[: settings.max_prompt_chars]}]}],
        inferenceConfig={"maxTokens": 2048, "temperature": 0},
    )
    raw = "".join(block.get("text", "") for block in response["output"]["message"]["content"])
    try:
        fields = json.loads(raw)
    except json.JSONDecodeError:
        logger.warning("invoice extraction returned non-JSON for document %s", document_id)
        document.update(status="needs_review")
        return
    if fields.get("line_items") and len(fields["line_items"]) > 40:
        fields["line_items"] = extract_tables(document)
    document.update(fields=fields, status="extracted")
    enqueue_export(document.id, document.tenant_id)


def extract_tables(document: Document) -> list[dict[str, object]]:
    """Long invoices: ask a cheaper model for the line-item table only."""
    body = json.dumps(
        {
            "anthropic_version": "bedrock-2023-05-31",
            "max_tokens": 4096,
            "messages": [
                {
                    "role": "user",
                    "content": "Return the line-item table as a JSON array of objects.\n\n" + (document.text or ""),
                }
            ],
        }
    )
    response = get_provider("bedrock").client.invoke_model(
        modelId=settings.bedrock_table_model_id,
        body=body,
        contentType="application/json",
        accept="application/json",
    )
    payload = json.loads(response["body"].read())
    return json.loads(payload["content"][0]["text"])


@celery.task
def extract_custom_fields(document_id: int, schema: dict | None = None) -> None:
    document = _load(document_id)
    document.update(fields=extract_fields(document, schema or {"type": "object", "properties": {}}))


@celery.task
def draft_vendor_reply(document_id: int, instructions: str) -> str:
    """Draft an email reply to the vendor about a disputed invoice."""
    document = _load(document_id)
    co = get_provider("cohere")
    response = with_retry(attempts=4, base_delay=1.0)(co.client.chat)(
        model=co.model,
        messages=[
            {"role": "system", "content": "You write concise, polite accounts-payable emails."},
            {"role": "user", "content": f"{instructions}\n\nInvoice:\n{(document.text or '')[:15000]}"},
        ],
    )
    return response.message.content[0].text


@celery.task
def summarise_with_fallback(document_id: int) -> str | None:
    document = _load(document_id)
    prompt = f"Summarise in three bullet points:\n\n{(document.text or '')[:20000]}"
    for name in SUMMARY_CHAIN:
        try:
            result = get_provider(name).complete(prompt, max_tokens=400)
        except Exception:
            logger.exception("summary via %s failed for document %s", name, document_id)
            continue
        document.update(summary=result.text)
        return result.text
    return None


@celery.task
def embed_document(document_id: int) -> int:
    document = _load(document_id)
    chunks = chunk_text(document.text or "")
    provider_name = document.tenant.embedding_provider or "openai"
    vectors = embed_chunks(chunks, provider_name)
    DocumentChunk.query.filter_by(document_id=document.id).delete()
    for ordinal, (text, vector) in enumerate(zip(chunks, vectors)):
        db.session.add(
            DocumentChunk(
                document_id=document.id,
                tenant_id=document.tenant_id,
                ordinal=ordinal,
                text=text,
                embedding=vector,
                embedding_model=settings.embedding_model if provider_name == "openai" else provider_name,
            )
        )
    db.session.commit()
    return len(chunks)


@celery.task
def find_duplicates(document_id: int) -> list[int]:
    document = _load(document_id)
    result = gclient.models.embed_content(
        model="text-embedding-004",
        contents=(document.text or "")[:8000],
        config=types.EmbedContentConfig(task_type="SEMANTIC_SIMILARITY"),
    )
    fingerprint = result.embeddings[0].values if result.embeddings else None
    if fingerprint is None:
        return []
    fields = dict(document.fields or {})
    fields["_fingerprint"] = fingerprint
    document.update(fields=fields)
    duplicates = [
        other.id
        for other in Document.query.filter(Document.tenant_id == document.tenant_id, Document.id != document.id)
        if other.fields and _close(other.fields.get("_fingerprint"), fingerprint)
    ]
    if duplicates and document.tenant.alert_phone:
        send_sms(document.tenant.alert_phone, f"Possible duplicate invoice: {document.filename}")
    return duplicates


def _close(a: list[float] | None, b: list[float], threshold: float = 0.97) -> bool:
    if not a or len(a) != len(b):
        return False
    dot = sum(x * y for x, y in zip(a, b))
    na = sum(x * x for x in a) ** 0.5
    nb = sum(y * y for y in b) ** 0.5
    return bool(na and nb) and dot / (na * nb) >= threshold


@celery.task
def legacy_extract(document_ids: list[int], tenant_id: int) -> int:
    documents = [_load(i) for i in document_ids]
    results = run_batch([(d.id, d.text or "") for d in documents], tenant_id)
    for document, fields in zip(documents, results):
        document.update(fields=fields, status="extracted", commit=False)
    db.session.commit()
    return len(results)
