"""Prompt text.  HR legal reviewed these wordings - do not edit casually."""

from __future__ import annotations

import string

SYSTEM_POLICY_QA = (
    "You are PolicyPal, the internal HR policy assistant of Northwind Group. "
    "Answer strictly from the policy excerpts provided. If the excerpts do not "
    "cover the question, say so and point the employee to hr-help@northwind.example. "
    "Never give legal advice. Keep answers under 200 words."
)

SYSTEM_LETTER_WRITER = (
    "You draft formal HR letters for Northwind Group. Use a warm, professional "
    "tone, British English, and never invent figures that are not in the brief."
)

SUMMARY_TEMPLATE = string.Template(
    "Summarise the following collective agreement section for managers.\n"
    "Return at most $bullets bullet points.\n\n---\n$text\n---\nSummary:"
)

TRANSLATE_TEMPLATE = (
    "Translate the following HR policy text into {target}. Keep headings, "
    "numbering and legal terms; do not summarise.\n\n{text}"
)

CLASSIFY_TEMPLATE = (
    "Classify the employee question into exactly one of: {labels}. "
    "Reply with the label only.\n\nQuestion: {question}"
)

LETTER_KINDS = {
    "offer": "Offer letter for {name}, role {role}, start date {start}, salary {salary}.",
    "reference": "Reference letter for {name} who worked as {role} from {start} to {end}.",
    "parental_leave": "Confirmation of parental leave for {name} from {start} to {end}.",
    "promotion": "Promotion letter for {name} to {role} effective {start}, new salary {salary}.",
}


class PromptTemplate:
    """Small helper around str.format with required-field checking."""

    def __init__(self, text: str, required: tuple[str, ...] = ()):
        self.text = text
        self.required = required

    def generate(self, **values) -> str:
        missing = [name for name in self.required if name not in values]
        if missing:
            raise KeyError(f"missing prompt fields: {', '.join(missing)}")
        return self.text.format(**values)


def build_context(chunks: list[dict], limit_chars: int = 6000) -> str:
    parts, used = [], 0
    for i, chunk in enumerate(chunks, 1):
        text = chunk["text"].strip()
        if used + len(text) > limit_chars:
            break
        parts.append(f"[{i}] ({chunk.get('doc_id', '?')}) {text}")
        used += len(text)
    return "\n\n".join(parts)
