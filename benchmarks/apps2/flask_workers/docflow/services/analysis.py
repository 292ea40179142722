"""Summaries, titles, classification and structured field extraction."""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

from docflow.clients import quick_chat
from docflow.config import settings
from docflow.models import Document

from ..providers import OpenAIProvider
from ..providers import get_provider as provider_for

logger = logging.getLogger(__name__)

DOC_TYPES = ("invoice", "contract", "purchase_order", "bank_statement", "receipt", "other")

SUMMARY_SYSTEM = (
    "You summarise business documents for finance teams. Be factual, keep amounts, "
    "dates and party names exactly as written, and never invent information."
)

_structured = OpenAIProvider(model=settings.default_chat_model)


@dataclass
class Classification:
    doc_type: str
    confidence: float
    language: str | None = None


def _prompt_text(document: Document) -> str:
    return (document.text or "")[: settings.max_prompt_chars]


def summarize_document(document: Document, *, max_words: int = 200) -> str:
    message = provider_for("anthropic").client.messages.create(
        model=settings.claude_model,
        max_tokens=1024,
        system=SUMMARY_SYSTEM,
        messages=[
            {
                "role": "user",
                "content": f"Summarise this document in at most {max_words} words.\n\n{_prompt_text(document)}",
            }
        ],
    )
    return "".join(block.text for block in message.content if block.type == "text").strip()


def suggest_title(document: Document) -> str:
    response = quick_chat(
        messages=[
            {"role": "system", "content": "Propose a short descriptive title (max 10 words). Reply with the title only."},
            {"role": "user", "content": _prompt_text(document)[:4000]},
        ],
        max_tokens=32,
    )
    return (response.choices[0].message.content or document.filename).strip().strip('"')


def classify_document(document: Document) -> Classification:
    mistral = provider_for("mistral")
    response = mistral.client.chat.complete(
        model=mistral.model,
        messages=[
            {
                "role": "system",
                "content": (
                    "Classify the document. Reply as JSON with keys doc_type (one of "
                    f"{', '.join(DOC_TYPES)}), confidence (0-1) and language (ISO 639-1)."
                ),
            },
            {"role": "user", "content": _prompt_text(document)[:12000]},
        ],
        response_format={"type": "json_object"},
        temperature=0,
    )
    try:
        payload = json.loads(response.choices[0].message.content or "{}")
    except json.JSONDecodeError:
        logger.warning("unparseable classification for document %s", document.id)
        return Classification(doc_type="other", confidence=0.0)
    doc_type = payload.get("doc_type", "other")
    return Classification(
        doc_type=doc_type if doc_type in DOC_TYPES else "other",
        confidence=float(payload.get("confidence", 0.0)),
        language=payload.get("language"),
    )


def extract_fields(document: Document, schema: dict[str, Any]) -> dict[str, Any]:
    """Extract fields matching a tenant-defined JSON schema."""
    response = _structured.client.responses.create(
        model=_structured.model,
        input=[
            {"role": "system", "content": "Extract the requested fields. Use null when a field is absent."},
            {"role": "user", "content": _prompt_text(document)},
        ],
        text={"format": {"type": "json_schema", "name": "extraction", "schema": schema, "strict": True}},
    )
    return json.loads(response.output_text)
