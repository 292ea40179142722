"""Importing this package registers every actor on the broker."""
from claimsdoc import broker as _broker  # noqa: F401  (must come first)
from claimsdoc.actors.classify import classify_document, classify_document_tracked, moderate_free_text
from claimsdoc.actors.embeddings import embed_document
from claimsdoc.actors.enrich import adjuster_summary, finalize_claim, fraud_score, notify_siu, sms_claimant
from claimsdoc.actors.extract import extract_fields, extract_fields_bedrock_tracked
from claimsdoc.actors.ingest import ocr_document, ocr_large_document, upload_and_ocr

__all__ = [
    "adjuster_summary",
    "classify_document",
    "classify_document_tracked",
    "embed_document",
    "extract_fields",
    "extract_fields_bedrock_tracked",
    "finalize_claim",
    "fraud_score",
    "moderate_free_text",
    "notify_siu",
    "ocr_document",
    "ocr_large_document",
    "sms_claimant",
    "upload_and_ocr",
]
