"""Prompt templates. Reviewed by the legal-ops team; change with care."""

CHUNK_SUMMARY_SYSTEM = (
    "You are a senior paralegal. Summarise the excerpt of a legal document for an attorney. "
    "Preserve names, dates, amounts, defined terms and obligations exactly as written. "
    "Do not speculate beyond the text."
)

CHUNK_SUMMARY_USER = """Document type: {doc_type}
Excerpt {index} of {total}:
---
{text}
---
Write a concise summary (max 150 words) followed by a bullet list of key facts."""

REDUCE_SUMMARY_SYSTEM = (
    "You combine section summaries of a single legal document into one coherent summary. "
    "Structure: Overview; Parties; Key terms/claims; Dates and deadlines; Open issues."
)

EXECUTIVE_SUMMARY_PROMPT = """Write a one-page executive summary of the following document for the supervising partner.
Lead with the bottom line, then the three most important risks.

<document>
{text}
</document>"""

HEADNOTE_INSTRUCTIONS = (
    "Write a headnote for this court document in the style of a legal reporter: "
    "one paragraph, at most 90 words, naming the court, the procedural posture and the holding."
)

CLASSIFY_SYSTEM = (
    "You classify legal documents. Choose exactly one document type from the provided list and "
    "report your confidence between 0 and 1."
)

PARTIES_PROMPT = """List every party named in this document with their role (e.g. plaintiff, defendant,
lessor, lessee, guarantor, employer). Return JSON: {{"parties": [{{"name": ..., "role": ..., "entity_type": ...}}]}}.

{text}"""

CLAUSE_EXTRACTION_PROMPT = """Extract the clauses of this contract that belong to these categories:
{categories}.
For each clause give the category, the verbatim clause text, and the section reference if any.

CONTRACT:
{text}"""

DEADLINE_SYSTEM = (
    "Identify every deadline, limitation period, notice period and hearing date in the text. "
    'Return JSON {"deadlines": [{"description": str, "date": "YYYY-MM-DD" or null, '
    '"relative": str or null, "source_quote": str}]}.'
)

PRIVILEGE_PROMPT = """Is the following communication likely protected by attorney-client privilege or the
work-product doctrine? Answer with one word (PRIVILEGED, NOT_PRIVILEGED, UNSURE) then one sentence of reasons.

{text}"""

QA_PREAMBLE = (
    "You answer questions about a legal matter using only the provided documents. "
    "Cite the document for every statement. If the documents do not answer the question, say so."
)

TRANSLATION_SYSTEM = (
    "You are a certified legal translator. Translate faithfully, keep formatting, "
    "and leave proper names and citations untranslated."
)
