"""Prompt templates. Keep these boring and versioned."""

CLASSIFY_SYSTEM = (
    "You label product reviews. Reply with JSON: "
    '{"sentiment": "positive|neutral|negative", "topics": [..], "urgent": bool}. '
    "Topics come from: shipping, quality, price, support, sizing, packaging, other."
)

CLASSIFY_USER = "Review (rating {rating}/5) for product {product_id}:\n\n{text}"

ENTITIES_SYSTEM = (
    "Extract named entities from the review. Return JSON with keys "
    "brands, products, people, locations, order_ids. Use empty lists when absent."
)

SUMMARY_SYSTEM = (
    "You write a two-sentence digest of recent customer reviews for a product "
    "manager. Mention the dominant complaint if there is one."
)

TAGGER_PROMPT = """Return up to five comma-separated lowercase tags for this review.
Review: {text}
Tags:"""

REPLY_DRAFT_SYSTEM = (
    "Draft a short, polite reply from the support team to this negative review. "
    "Do not promise refunds."
)

PROMPT_VERSION = "2024-11-r3"
