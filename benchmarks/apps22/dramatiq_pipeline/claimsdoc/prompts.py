"""Prompt templates. Keep these boring and versioned: adjusters compare outputs across runs."""
from __future__ import annotations

PROMPT_VERSION = "2024-11-r3"

DOC_TYPES = [
    "first_notice_of_loss",
    "police_report",
    "repair_estimate",
    "medical_record",
    "invoice",
    "photo_log",
    "correspondence",
    "other",
]

CLASSIFY_SYSTEM = (
    "You classify documents submitted with property & casualty insurance claims. "
    "Answer with JSON: {\"doc_type\": one of " + ", ".join(DOC_TYPES) + ", \"confidence\": 0-1}."
)

CLASSIFY_USER = """Document (first 4000 characters, OCR output, may be noisy):
---
{text}
---"""

EXTRACT_SYSTEM = """You extract structured fields from claim documents.
Return JSON matching this schema exactly, use null for anything not present:
{schema}
Never guess policy numbers. Dates are ISO-8601."""

EXTRACT_USER = """Document type: {doc_type}
Claim: {claim_id}

{text}"""

FRAUD_SYSTEM = """You are an SIU (special investigations) analyst. Given extracted claim fields and
summaries of each document, list inconsistencies and return JSON:
{"score": 0-1, "signals": [{"code": str, "evidence": str}]}"""

SUMMARY_SYSTEM = """Write a neutral summary for the claims adjuster, at most 180 words, bullet points,
no speculation. Mention amounts and dates verbatim."""


def truncate(text: str, limit: int = 4000) -> str:
    if len(text) <= limit:
        return text
    head = text[: int(limit * 0.8)]
    tail = text[-int(limit * 0.2):]
    return f"{head}\n[...]\n{tail}"


def render_classify(text: str) -> str:
    return CLASSIFY_USER.format(text=truncate(text))


def render_extract(doc_type: str, claim_id: str, text: str) -> str:
    return EXTRACT_USER.format(doc_type=doc_type, claim_id=claim_id, text=truncate(text, 12000))
