"""SQS consumer: process documents uploaded to a claim (photos, invoices, voice notes)."""
from __future__ import annotations

import io
import os
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from aws_lambda_powertools.utilities.batch import (
    BatchProcessor,
    EventType,
    process_partial_response,
)
from aws_lambda_powertools.utilities.data_classes.sqs_event import SQSRecord
from aws_lambda_powertools.utilities.typing import LambdaContext

from claims_common import llm_clients
from claims_common.aws_clients import s3, s3vectors
from claims_common.checklist import completion, missing
from claims_common.config import settings
from claims_common.http_llm import VendorHTTPError, openai_embeddings
from claims_common.observability import logger, tracer
from claims_common.storage import get_claim, save_claim_document, upsert_claim

processor = BatchProcessor(event_type=EventType.SQS)

EMBED_BATCH = 64
CHUNK_CHARS = 1_500
AUDIO_SUFFIXES = (".m4a", ".mp3", ".wav", ".ogg")
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp")


def _chunks(text: str) -> list[str]:
    return [text[i : i + CHUNK_CHARS] for i in range(0, len(text), CHUNK_CHARS) if text[i : i + CHUNK_CHARS].strip()]


@tracer.capture_method
def _embed_chunks(chunks: list[str]) -> list[list[float]]:
    batches = [chunks[i : i + EMBED_BATCH] for i in range(0, len(chunks), EMBED_BATCH)]
    vectors: list[list[float]] = []
    try:
        with ThreadPoolExecutor(max_workers=4) as pool:
            futures = [
                pool.submit(
                    llm_clients.voyage_client.embed,
                    batch,
                    model="voyage-3.5",
                    input_type="document",
                    truncation=True,
                )
                for batch in batches
            ]
            for future in futures:
                vectors.extend(future.result().embeddings)
    except Exception:  # noqa: BLE001 - vendor outage, fall back below
        logger.exception("voyage embedding failed; using OpenAI embeddings")
        vectors = []
        for batch in batches:
            vectors.extend(openai_embeddings(batch))
    return vectors


@tracer.capture_method
def _extract_invoice_fields(bucket: str, key: str) -> str:
    url = s3.generate_presigned_url(
        "get_object", Params={"Bucket": bucket, "Key": key}, ExpiresIn=300
    )
    resp = llm_clients.openai_client.chat.completions.create(
        model=settings.openai_vision_model,
        response_format={"type": "json_object"},
        messages=[
            {
                "role": "system",
                "content": "Extract vendor, invoice_date, currency, total and line_items as JSON.",
            },
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "Extract the fields from this invoice."},
                    {"type": "image_url", "image_url": {"url": url, "detail": "high"}},
                ],
            },
        ],
        max_tokens=800,
    )
    return resp.choices[0].message.content or "{}"


@tracer.capture_method
def _transcribe(bucket: str, key: str) -> str:
    obj = s3.get_object(Bucket=bucket, Key=key)
    audio = io.BytesIO(obj["Body"].read())
    audio.name = os.path.basename(key)
    transcript = llm_clients.openai_client.audio.transcriptions.create(
        model="gpt-4o-transcribe",
        file=audio,
    )
    return transcript.text


def _index_text(claim_id: str, doc_id: str, text: str) -> int:
    chunks = _chunks(text)
    if not chunks:
        return 0
    try:
        vectors = _embed_chunks(chunks)
    except VendorHTTPError:
        logger.error("no embedding provider available for %s/%s", claim_id, doc_id)
        raise
    s3vectors.put_vectors(
        vectorBucketName=settings.vector_bucket,
        indexName="claim-documents",
        vectors=[
            {
                "key": f"{claim_id}#{doc_id}#{i}",
                "data": {"float32": vec},
                "metadata": {"claim_id": claim_id, "doc_id": doc_id, "text": chunk[:500]},
            }
            for i, (chunk, vec) in enumerate(zip(chunks, vectors))
        ],
    )
    return len(chunks)


def record_handler(record: SQSRecord) -> None:
    message: dict[str, Any] = record.json_body
    bucket, key = message["bucket"], message["key"]
    claim_id, doc_type = message["claim_id"], message["document_type"]
    doc_id = os.path.basename(key)
    lowered = key.lower()

    if lowered.endswith(AUDIO_SUFFIXES):
        text = _transcribe(bucket, key)
        save_claim_document(claim_id, f"transcripts/{doc_id}.txt", text)
    elif doc_type == "invoice" and lowered.endswith(IMAGE_SUFFIXES):
        text = _extract_invoice_fields(bucket, key)
        save_claim_document(claim_id, f"extracted/{doc_id}.json", text)
    else:
        text = s3.get_object(Bucket=bucket, Key=key)["Body"].read().decode("utf-8", "replace")

    indexed = _index_text(claim_id, doc_id, text)

    claim = get_claim(claim_id) or {}
    received = set(claim.get("documents_received", [])) | {doc_type}
    lob = claim.get("line_of_business", "other")
    upsert_claim(
        claim_id,
        claim.get("tenant_id", message.get("tenant_id", "unknown")),
        documents_received=sorted(received),
        documents_missing=missing(received, lob),
        documents_complete=completion(received, lob),
    )
    logger.info("document processed", extra={"claim_id": claim_id, "chunks": indexed})


@logger.inject_lambda_context
@tracer.capture_lambda_handler
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return process_partial_response(
        event=event, record_handler=record_handler, processor=processor, context=context
    )
