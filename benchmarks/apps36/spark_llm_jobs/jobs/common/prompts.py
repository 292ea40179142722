"""Prompt templates shared by jobs. Keep them versioned: the version ends up in the output."""
from __future__ import annotations

from string import Template

PROMPT_VERSION = "2024-05-r3"

TICKET_CATEGORIES = ["billing", "shipping", "returns", "account", "product_defect", "other"]

CLASSIFY_SYSTEM = (
    "You are a support triage assistant. Classify the ticket into exactly one category from "
    f"{', '.join(TICKET_CATEGORIES)} and an urgency of low, medium or high. "
    'Answer as JSON: {"category": ..., "urgency": ...}.'
)

SUMMARISE_REVIEWS = Template(
    "Here are $n customer reviews for the product \"$title\".\n\n$reviews\n\n"
    "Write a neutral two-sentence summary, then up to three pros and three cons. "
    "Return JSON with keys summary, pros, cons."
)

EXTRACT_ENTITIES = Template(
    "Extract brand, color, material and size from this marketplace listing. "
    "Use null when unknown. Return only JSON.\n\nTitle: $title\nDescription: $description"
)

TRANSLATE = Template("Translate the following listing text to $lang. Keep product names unchanged.\n\n$text")

JUDGE = Template(
    "A model labelled a support ticket.\nTicket: $ticket\nPredicted category: $pred\n"
    "Is the label correct? Answer with a JSON object {\"correct\": true|false, \"reason\": \"...\"}."
)


class PromptTemplate:
    """Tiny wrapper used by enrichers so prompts can be swapped from config."""

    def __init__(self, template: str, version: str = PROMPT_VERSION) -> None:
        self._template = Template(template)
        self.version = version

    def generate(self, **fields: str) -> str:
        return self._template.safe_substitute(**fields)

    def chat(self, system: str | None = None, **fields: str) -> list[dict[str, str]]:
        msgs = []
        if system:
            msgs.append({"role": "system", "content": system})
        msgs.append({"role": "user", "content": self.generate(**fields)})
        return msgs


def format_reviews(reviews: list[str], max_chars: int = 12_000) -> str:
    out, total = [], 0
    for i, r in enumerate(reviews, 1):
        r = r.strip().replace("\n", " ")
        if total + len(r) > max_chars:
            break
        out.append(f"{i}. {r}")
        total += len(r)
    return "\n".join(out)
