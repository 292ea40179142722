"""Prompt templates. Keep these boring; eval harness diffs them."""

CLASSIFY_SYSTEM = """You label customer support tickets.
Return JSON with keys: category (billing|shipping|account|bug|feature_request|other),
priority (p1|p2|p3), sentiment (negative|neutral|positive), language (ISO 639-1), confidence (0..1).
"""

REVIEW_CLASSIFY_SYSTEM = """You label product reviews.
Return JSON with keys: category (quality|price|delivery|fit|other), priority (p3),
sentiment (negative|neutral|positive), language, confidence.
"""

DIGEST_TEMPLATE = """Summarise these {n} customer reviews for product {product_id} in at most
5 bullet points. Mention recurring complaints first.

{reviews}
"""

TICKET_SUMMARY_TEMPLATE = """Summarise the ticket below in one sentence for an agent queue.

{text}
"""


def render_reviews(texts: list[str], limit: int = 40) -> str:
    return "\n".join(f"- {t[:600]}" for t in texts[:limit])
