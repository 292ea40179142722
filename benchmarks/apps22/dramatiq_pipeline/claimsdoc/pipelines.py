"""Composition of actors into per-document pipelines and per-claim groups.

    ocr_document -> classify_document -> extract_fields -> embed_document

One pipeline per document; a group of those per claim, with fraud_score + adjuster_summary
run once the group completes (group completion callbacks need the Results middleware).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

import dramatiq
from dramatiq import group, pipeline

from claimsdoc.actors import (
    adjuster_summary,
    classify_document,
    classify_document_tracked,
    embed_document,
    extract_fields,
    finalize_claim,
    fraud_score,
    ocr_document,
    ocr_large_document,
)
from claimsdoc.broker import result_backend

log = logging.getLogger(__name__)

LARGE_DOC_PAGES = 120


@dataclass
class DocumentRef:
    document_id: str
    s3_key: str
    mime_type: str = "application/pdf"
    page_count: int | None = None


def document_pipeline(claim_id: str, doc: DocumentRef, *, tracked: bool = False) -> pipeline:
    if doc.page_count and doc.page_count > LARGE_DOC_PAGES:
        first = ocr_large_document.message(claim_id, doc.document_id, doc.s3_key, doc.page_count)
    else:
        first = ocr_document.message(claim_id, doc.document_id, doc.s3_key, doc.mime_type)
    classify = classify_document_tracked if tracked else classify_document
    return pipeline([
        first,
        classify.message(),
        extract_fields.message(),
        embed_document.message(),
    ])


def process_claim(claim_id: str, docs: list[DocumentRef], *, tracked: bool = False,
                  summary_engine: str = "watsonx") -> group:
    """Fan out one pipeline per document, then run the claim-level actors."""
    g = group([document_pipeline(claim_id, d, tracked=tracked) for d in docs])
    g.add_completion_callback(fraud_score.message_with_options(args=(claim_id,), claim_id=claim_id))
    g.add_completion_callback(adjuster_summary.message_with_options(args=(claim_id, summary_engine), claim_id=claim_id))
    g.run()
    log.info("claim %s enqueued: %d documents", claim_id, len(docs))
    return g


def reprocess_enrichment(claim_id: str) -> None:
    fraud = fraud_score.send_with_options(args=(claim_id,), claim_id=claim_id)
    finalize_claim.send_with_options(
        args=(claim_id, fraud.asdict()), delay=60_000, claim_id=claim_id
    )


def wait_for_claim(g: group, timeout_s: int = 600) -> list:
    """Only for scripts: blocks on the group's results."""
    return list(g.get_results(block=True, timeout=timeout_s * 1000))


def message_status(message: dramatiq.Message) -> str:
    try:
        result_backend.get_result(message, block=False)
        return "done"
    except dramatiq.results.ResultMissing:
        return "pending"
    except dramatiq.results.ResultFailure:
        return "failed"
