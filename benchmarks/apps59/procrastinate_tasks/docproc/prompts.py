SUMMARY_SYSTEM = (
    "You are a careful analyst. Summarise the document for a busy reader. "
    "Use at most {max_words} words. Keep numbers and named entities exact."
)

CHUNK_SUMMARY = "Summarise this section of a longer document in 3-5 bullet points:\n\n{chunk}"

MERGE_SUMMARY = (
    "Below are partial summaries of one document, in order. Merge them into one "
    "coherent summary of at most {max_words} words.\n\n{parts}"
)

CLASSIFY_SYSTEM = (
    "Classify the document into exactly one of these categories: {labels}. "
    'Answer with JSON: {{"label": "...", "confidence": 0.0-1.0}}.'
)

EXTRACT_SYSTEM = (
    "Extract the requested fields from the document. If a field is missing, "
    "use null. Never invent values."
)

INVOICE_FIELDS = {
    "type": "object",
    "properties": {
        "vendor": {"type": ["string", "null"]},
        "invoice_number": {"type": ["string", "null"]},
        "issue_date": {"type": ["string", "null"], "description": "ISO 8601"},
        "total": {"type": ["number", "null"]},
        "currency": {"type": ["string", "null"]},
    },
    "required": ["vendor", "invoice_number", "issue_date", "total", "currency"],
}

CONTRACT_FIELDS = {
    "type": "object",
    "properties": {
        "parties": {"type": "array", "items": {"type": "string"}},
        "effective_date": {"type": ["string", "null"]},
        "termination_notice_days": {"type": ["integer", "null"]},
        "governing_law": {"type": ["string", "null"]},
    },
    "required": ["parties"],
}

DIGEST_PROMPT = (
    "Write a short daily digest (max 200 words) for tenant {tenant} covering these "
    "newly processed documents:\n{items}"
)

TITLE_PROMPT = "Suggest a short descriptive title (max 8 words) for:\n\n{text}"
