"""Clause extraction for contracts (MSAs, NDAs, SOWs).

The Anthropic client is injected by the caller (a view or the batch worker).
"""
import json
import logging

from lexreview.utils.prompts import CLAUSE_EXTRACTION_SYSTEM, render_clause_prompt

log = logging.getLogger(__name__)

DEFAULT_CLAUSES = (
    "governing_law",
    "indemnification",
    "limitation_of_liability",
    "termination",
    "assignment",
    "confidentiality",
    "non_solicitation",
)

CLAUSE_MODEL = "claude-3-5-sonnet-20241022"


class ClauseExtractionError(Exception):
    pass


def _parse_clauses(text):
    start = text.find("{")
    end = text.rfind("}")
    if start == -1 or end == -1:
        raise ClauseExtractionError("model returned no JSON object")
    try:
        return json.loads(text[start : end + 1])
    except ValueError as exc:
        raise ClauseExtractionError(str(exc)) from exc


def extract_clauses(client, document_text, clause_types=DEFAULT_CLAUSES, model=CLAUSE_MODEL):
    """Return {clause_type: {"text": ..., "page": ..., "risk": ...}}."""
    prompt = render_clause_prompt(document_text, clause_types)
    message = client.messages.create(
        model=model,
        max_tokens=4096,
        system=CLAUSE_EXTRACTION_SYSTEM,
        messages=[{"role": "user", "content": prompt}],
        temperature=0,
    )
    text = "".join(block.text for block in message.content if block.type == "text")
    log.info(
        "clause extraction: %s in / %s out tokens",
        message.usage.input_tokens,
        message.usage.output_tokens,
    )
    return _parse_clauses(text)


def extract_clauses_chunked(client, chunks, clause_types=DEFAULT_CLAUSES):
    """Long agreements: run per chunk and merge, keeping the highest-risk hit."""
    merged = {}
    for chunk in chunks:
        found = extract_clauses(client, chunk, clause_types)
        for name, hit in found.items():
            if not hit:
                continue
            current = merged.get(name)
            if current is None or hit.get("risk", 0) > current.get("risk", 0):
                merged[name] = hit
    return merged


def clause_prompt_size(client, document_text, clause_types=DEFAULT_CLAUSES):
    """Pre-flight token count so the UI can warn about very long agreements."""
    result = client.messages.count_tokens(
        model=CLAUSE_MODEL,
        system=CLAUSE_EXTRACTION_SYSTEM,
        messages=[{"role": "user", "content": render_clause_prompt(document_text, clause_types)}],
    )
    return result.input_tokens
