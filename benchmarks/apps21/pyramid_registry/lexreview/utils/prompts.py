"""Prompt text shared across services. Keep these under version control review."""
import string

CLAUSE_EXTRACTION_SYSTEM = (
    "You are a contracts associate. Extract the requested clauses verbatim. For each clause "
    "return an object with keys text, page, risk (0-5). Use null when a clause is absent. "
    "Respond with a single JSON object and nothing else."
)

PRIVILEGE_SYSTEM = (
    "You screen documents for attorney-client privilege and work-product protection. "
    "Known counsel for the producing party: {roster}. Be conservative: when in doubt, "
    "mark privileged and explain why."
)

CLASSIFY_SYSTEM = (
    "Classify the document into exactly one of: contract, correspondence, email, "
    "pleading, financial, medical, technical, other. Answer with the label only."
)

MEMO_SYSTEM = (
    "Draft an internal review memo for the supervising attorney: key facts, issues, "
    "privilege concerns, recommended coding. Use headings."
)


def render_clause_prompt(document_text, clause_types):
    wanted = "\n".join(f"- {c}" for c in clause_types)
    return f"Clauses to extract:\n{wanted}\n\nAgreement text:\n{document_text}"


class ChecklistGenerator:
    """Builds the reviewer's coding checklist from a template. Pure string work."""

    def __init__(self, template):
        self.template = string.Template(template)

    def generate(self, **fields):
        return self.template.safe_substitute(**fields)


DEFAULT_CHECKLIST = ChecklistGenerator(
    "Matter: $matter\nReviewer: $reviewer\n[ ] Responsive\n[ ] Privileged\n"
    "[ ] Confidential\n[ ] Hot\n[ ] Needs redaction\n"
)
