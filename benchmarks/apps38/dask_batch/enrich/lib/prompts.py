"""Prompt templates. Kept as plain strings; the product team edits these."""
from __future__ import annotations

from dataclasses import dataclass
from string import Template

CATEGORY_LABELS = [
    "apparel", "electronics", "home_garden", "beauty", "toys", "sports",
    "grocery", "automotive", "books", "other",
]

CLASSIFY_SYSTEM = (
    "You are a product taxonomy assistant. Answer with exactly one label from: "
    + ", ".join(CATEGORY_LABELS)
    + ". No explanation."
)

SUMMARIZE_REVIEWS = Template(
    "Summarize the following customer reviews for product $sku in 2-3 sentences. "
    "Mention the most common complaint and the most common praise.\n\n$reviews"
)

EXTRACT_ENTITIES = Template(
    "Extract brand, material, color and size from this listing. Return JSON with keys "
    "brand, material, color, size (null when absent).\n\nTitle: $title\nDescription: $description"
)

TRANSLATE = Template("Translate into $lang. Keep product names unchanged. Output only the translation.\n\n$text")


@dataclass
class PromptTemplate:
    name: str
    template: Template
    version: int = 1

    def generate(self, **fields) -> str:
        """Render the template (not an LLM call, despite the name)."""
        return self.template.safe_substitute(**fields)


REGISTRY = {
    "summarize_reviews": PromptTemplate("summarize_reviews", SUMMARIZE_REVIEWS, version=3),
    "extract_entities": PromptTemplate("extract_entities", EXTRACT_ENTITIES, version=2),
    "translate": PromptTemplate("translate", TRANSLATE),
}


def classify_messages(title: str, description: str) -> list[dict[str, str]]:
    return [
        {"role": "system", "content": CLASSIFY_SYSTEM},
        {"role": "user", "content": f"Title: {title}\nDescription: {description[:2000]}"},
    ]
