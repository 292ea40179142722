"""DBOS steps. Each step must be idempotent or at least safe to retry."""
from app.steps.classify import classify_document, suggest_title
from app.steps.embed import embed_chunks
from app.steps.extract import chunk_text, extract_text
from app.steps.moderate import moderate_text
from app.steps.summarize import summarize_document

__all__ = [
    "classify_document",
    "suggest_title",
    "embed_chunks",
    "chunk_text",
    "extract_text",
    "moderate_text",
    "summarize_document",
]
