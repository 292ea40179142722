SUMMARY_SYSTEM = (
    "You are a precise assistant that writes short, factual summaries. "
    "Never invent facts that are not in the source text."
)

SUMMARY_TEMPLATE = """Summarize the following document in {n_bullets} bullet points.

<document>
{text}
</document>"""

CLASSIFY_SYSTEM = "Classify the support ticket. Answer with exactly one label."
CLASSIFY_LABELS = ["billing", "bug", "feature_request", "account", "other"]

DIGEST_TEMPLATE = """Here are yesterday's top support themes:
{themes}

Write a 5 sentence digest for the product team."""

RAG_SYSTEM = "Answer using only the provided context. If the answer is not there, say so."


def summary_prompt(text: str, n_bullets: int = 5) -> str:
    return SUMMARY_TEMPLATE.format(text=text, n_bullets=n_bullets)


def classify_prompt(ticket: str) -> str:
    return f"Labels: {', '.join(CLASSIFY_LABELS)}\n\nTicket:\n{ticket}\n\nLabel:"
